package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.OptionalDouble;
import org.driftlab.analog.Rng;
import org.driftlab.config.ReramCmoNoise;

/**
 * aihwkit's {@code ReRamCMONoiseModel} (spec 4.4): one device per weight, linear programming σ in µS with no clamp,
 * a log-time decay independent of the state, log10 read noise, and a final clip to [g_min, g_max].
 */
public final class ReramCmoNoiseModel extends AbstractNoiseModel {
    private final double gMin;
    private final double gMax;
    private final Polynomial programming;
    private final double readK;
    private final double tRead;
    private final double decayMeanSlope;
    private final double decayStdSlope;
    private final double decayStdIntercept;
    private final double progNoiseScale;
    private final double readNoiseScale;
    private final double driftScale;

    public ReramCmoNoiseModel(ReramCmoNoise p, boolean physical) {
        super(new SingleDeviceConverter(p.gMax(), p.gMin()), physical);
        if (physical) {
            throw new IllegalArgumentException("the physical option is not available for ReRAM noise models");
        }
        this.gMin = p.gMin();
        this.gMax = p.gMax();
        // aihwkit quirk: an acceptance range that is not a key (the default 0.02) falls back to the smallest key.
        List<Double> coeff = TimeKeys.find(p.coeffDict(), p.acceptanceRange())
                .orElseGet(() -> TimeKeys.smallest(p.coeffDict()));
        this.programming = new Polynomial(coeff);
        this.readK = p.readDict().k();
        this.tRead = p.readDict().tRead();
        if (p.decayDict().mean().isEmpty() || p.decayDict().std().size() < 2) {
            throw new IllegalArgumentException("decay_dict needs mean [slope] and std [slope, intercept]");
        }
        this.decayMeanSlope = p.decayDict().mean().get(0);
        this.decayStdSlope = p.decayDict().std().get(0);
        this.decayStdIntercept = p.decayDict().std().get(1);
        this.progNoiseScale = p.progNoiseScale();
        this.readNoiseScale = p.readNoiseScale();
        this.driftScale = p.driftScale();
    }

    @Override
    public boolean hasDriftExponent() {
        return false;
    }

    @Override
    public double programmingSigma(double gTarget) {
        return progNoiseScale * programming.apply(gTarget);
    }

    /** |K log10(g)| sqrt(ln((t + t_read)/(2 t_read))) at t > 0; 0 at t = 0, where aihwkit adds no noise. */
    @Override
    public OptionalDouble readNoiseSigma(double gDrifted, double gReadReference, double tInference) {
        if (tInference == 0) {
            return OptionalDouble.of(0.0);
        }
        return OptionalDouble.of(Math.abs(readK * Math.log10(gDrifted)) * readNoiseScale
                * readNoiseTimeFactor(tInference, tRead));
    }

    /** The standard deviation of the conductance relaxation at {@code tInference} (µS). */
    public double relaxationSigma(double tInference) {
        return Math.abs((decayStdSlope * Math.log(tInference) + decayStdIntercept) * driftScale);
    }

    @Override
    public NDArray programConductance(NDArray gTarget, Rng rng) {
        try (Scope scope = Scope.of(gTarget)) {
            NDArray sigma = programming.apply(gTarget).mul((float) progNoiseScale);
            NDArray noise = rng.normal(scope.manager(), gTarget.getShape());
            return scope.keep(gTarget.add(sigma.mul(noise)));
        }
    }

    @Override
    public NDArray driftCoefficients(NDArray gTarget, Rng rng) {
        return gTarget;
    }

    @Override
    public NDArray driftConductance(NDArray gProgrammed, NDArray driftParams, NDArray gReadReference,
                                    double tInference, Rng rng) {
        if (tInference == 0) {
            return gProgrammed.duplicate();
        }
        try (Scope scope = Scope.of(gProgrammed)) {
            double lnT = Math.log(tInference);
            NDArray relaxation = rng.normal(scope.manager(), gProgrammed.getShape())
                    .mul((float) ((decayStdSlope * lnT + decayStdIntercept) * driftScale));
            NDArray gDrift = gProgrammed.add((float) (decayMeanSlope * lnT * driftScale)).add(relaxation);
            NDArray readSigma = gDrift.log10().mul((float) (readK * readNoiseTimeFactor(tInference, tRead)
                    * readNoiseScale));
            NDArray read = rng.normal(scope.manager(), gProgrammed.getShape());
            return scope.keep(gDrift.add(readSigma.mul(read)).clip((float) gMin, (float) gMax));
        }
    }
}
