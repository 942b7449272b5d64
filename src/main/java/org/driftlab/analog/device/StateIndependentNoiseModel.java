package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import org.driftlab.config.StateIndependentNoise;

/**
 * aihwkit's {@code StateIndependentNoiseModel} (spec 4.1): constant programming σ, a state-independent ν, and read
 * noise |g/g_max| times the time factor (about 4.18 g/g_max µS at t = 0, as aihwkit intends).
 */
public final class StateIndependentNoiseModel extends PowerLawNoiseModel {
    private final double driftNuMean;
    private final double driftNuStd;

    public StateIndependentNoiseModel(StateIndependentNoise p, boolean physical) {
        // No reference-g_max rescaling of the programming polynomial in this model.
        super(Converters.create(p.gConverter(), p.gMax()), physical, p.gMax(), p.progCoeff(), 1.0,
                p.progNoiseScale(), p.readNoiseScale(), p.driftScale(), p.t0(), p.tRead());
        this.driftNuMean = p.driftNuMean();
        this.driftNuStd = p.driftNuStd();
    }

    @Override
    protected NDArray nuMean(NDArray gTarget) {
        return gTarget.zerosLike().add((float) driftNuMean);
    }

    @Override
    protected NDArray nuStd(NDArray gTarget) {
        return gTarget.zerosLike().add((float) driftNuStd);
    }

    @Override
    protected NDArray relativeReadNoise(NDArray gReadReference) {
        return gReadReference.getManager().create((float) (1.0 / gMax()));
    }

    @Override
    public double nuMean(double gTarget) {
        return driftNuMean;
    }

    @Override
    public double nuStd(double gTarget) {
        return driftNuStd;
    }

    @Override
    public double relativeReadNoise(double gReadReference) {
        return 1.0 / gMax();
    }
}
