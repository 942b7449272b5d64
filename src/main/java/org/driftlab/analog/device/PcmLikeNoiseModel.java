package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;
import org.driftlab.config.PcmLikeNoise;

/** aihwkit's default {@code PCMLikeNoiseModel} (spec section 3). */
public class PcmLikeNoiseModel extends PowerLawNoiseModel {
    static final double DEFAULT_REFERENCE_G_MAX = 25.0;
    /** Below this r = |g|/g_max, Q_s is at its bound 0.2 (0.0088 / r^0.65 >= 0.2). */
    private static final double Q_S_SATURATION = Math.pow(0.0088 / 0.2, 1 / 0.65);

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

    @Override
    public double nuMean(double gTarget) {
        return nuMeanOfLog(Math.log(flooredRelative(gTarget)));
    }

    @Override
    public double nuStd(double gTarget) {
        return nuStdOfLog(Math.log(flooredRelative(gTarget)));
    }

    /** One logarithm for both of ν's moments. */
    @Override
    float driftCoefficient(float gTarget, float noise) {
        double logR = Math.log(flooredRelative(gTarget));
        return driftCoefficient((float) nuMeanOfLog(logR), (float) nuStdOfLog(logR), noise);
    }

    private static double nuMeanOfLog(double logR) {
        return clip(-0.0155 * logR + 0.0244, 0.049, 0.10);
    }

    private static double nuStdOfLog(double logR) {
        return clip(-0.0125 * logR - 0.0059, 0.008, 0.045);
    }

    @Override
    public double relativeReadNoise(double gReadReference) {
        double r = Math.abs(gReadReference) / gMax();
        if (r <= Q_S_SATURATION) {
            return 0.2;
        }
        // exp(0.65 ln r) is pow(r, 0.65) at a fraction of Math.pow's cost.
        double power = Math.exp(0.65 * Math.log(r));
        return Math.min(0.0088 / Math.max(power, 1e-3), 0.2);
    }

    /** Q_s = min(0.0088 / max((|g|/g_max)^0.65, 1e-3), 0.2). */
    @Override
    protected NDArray relativeReadNoise(NDArray gReadReference) {
        NDArray power = gReadReference.abs().div((float) gMax()).pow(0.65f).maximum(1e-3f);
        return power.pow(-1f).mul(0.0088f).minimum(0.2f);
    }
}
