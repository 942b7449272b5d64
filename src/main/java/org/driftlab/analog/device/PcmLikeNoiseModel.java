package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.driftlab.config.PcmLikeNoise;

/** aihwkit's default {@code PCMLikeNoiseModel} (spec section 3). */
public class PcmLikeNoiseModel extends PowerLawNoiseModel {
    static final double DEFAULT_REFERENCE_G_MAX = 25.0;

    public PcmLikeNoiseModel(PcmLikeNoise p, boolean physical) {
        this(Converters.create(p.gConverter(), p.gMax()), physical, p.gMax(), p.progCoeff(),
                p.progCoeffGMaxReference(), p.progNoiseScale(), p.readNoiseScale(), p.driftScale(), p.t0(),
                p.tRead());
    }

    protected PcmLikeNoiseModel(ConductanceConverter converter, boolean physical, double gMax, List<Double> progCoeff,
                                Double progCoeffGMaxReference, double progNoiseScale, double readNoiseScale,
                                double driftScale, double t0, double tRead) {
        super(converter, physical, gMax, progCoeff,
                gMax / referenceGMax(progCoeff, PcmLikeNoise.DEFAULT_PROG_COEFF, DEFAULT_REFERENCE_G_MAX,
                        progCoeffGMaxReference, gMax),
                progNoiseScale, readNoiseScale, driftScale, t0, tRead);
    }

    @Override
    protected NDArray nuMean(NDArray gTarget) {
        return flooredRelative(gTarget).log().mul(-0.0155f).add(0.0244f).clip(0.049f, 0.10f);
    }

    @Override
    protected NDArray nuStd(NDArray gTarget) {
        return flooredRelative(gTarget).log().mul(-0.0125f).add(-0.0059f).clip(0.008f, 0.045f);
    }

    /** Q_s = min(0.0088 / max((|g|/g_max)^0.65, 1e-3), 0.2). */
    @Override
    protected NDArray relativeReadNoise(NDArray gReadReference) {
        NDArray power = gReadReference.abs().div((float) gMax()).pow(0.65f).maximum(1e-3f);
        return power.pow(-1f).mul(0.0088f).minimum(0.2f);
    }
}
