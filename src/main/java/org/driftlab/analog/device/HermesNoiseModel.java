package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import java.util.List;
import org.driftlab.config.HermesNoise;

/**
 * aihwkit's {@code HermesNoiseModel} (spec 4.2): the IBM HERMES PCM chip with one or two devices per polarity, with
 * piecewise fits for ν's mean and std and for Q_s.
 */
public final class HermesNoiseModel extends PowerLawNoiseModel {
    static final List<Double> ONE_DEVICE_PROG_COEFF = List.of(0.15781817, 2.32443916, -2.16310839, 0.68841818);
    static final List<Double> TWO_DEVICES_PROG_COEFF = List.of(0.16603222, 4.71806468, -8.48101252, 4.68961419);

    private final boolean twoDevices;

    public HermesNoiseModel(HermesNoise p, boolean physical) {
        super(Converters.create(p.gConverter(), p.gMax()), physical, p.gMax(),
                progCoeff(p.numDevices()), p.gMax() / p.characterisedGMax(), p.progNoiseScale(),
                p.readNoiseScale(), p.driftScale(), p.t0(), p.tRead());
        if (p.gMax() > p.characterisedGMax()) {
            throw new IllegalArgumentException("Hermes g_max must not exceed " + p.characterisedGMax() + " µS for "
                    + p.numDevices() + " device(s), got " + p.gMax());
        }
        this.twoDevices = p.numDevices() == 2;
    }

    private static List<Double> progCoeff(int numDevices) {
        if (numDevices != 1 && numDevices != 2) {
            throw new IllegalArgumentException("Hermes num_devices must be 1 or 2, got " + numDevices);
        }
        return numDevices == 2 ? TWO_DEVICES_PROG_COEFF : ONE_DEVICE_PROG_COEFF;
    }

    @Override
    protected NDArray nuMean(NDArray gTarget) {
        NDArray r = flooredRelative(gTarget);
        NDArray low = r.log().mul(-0.0387f).add(-0.0182f).clip(0.072f, 0.13f);
        NDArray high = quadratic(r, -0.0436f, -0.0126f, 0.0736f);
        return NDArrays.where(r.lt(0.0945f), low, high);
    }

    @Override
    protected NDArray nuStd(NDArray gTarget) {
        NDArray r = flooredRelative(gTarget);
        if (twoDevices) {
            NDArray low = r.log().mul(-0.0117f).add(-0.0057f).clip(0.0091f, 0.04f);
            return NDArrays.where(r.lt(0.3055f), low, quadratic(r, -0.0118f, 0.0093f, 0.0073f));
        }
        NDArray low = r.log().mul(-0.0120f).add(-0.0023f).clip(0.0124f, 0.04f);
        return NDArrays.where(r.lt(0.3039f), low, quadratic(r, -0.0165f, 0.0116f, 0.0104f));
    }

    /** Q_s from r = |g|/g_max with no floor: r = 0 gives ln = -inf, clipped to the upper bound as in aihwkit. */
    @Override
    protected NDArray relativeReadNoise(NDArray gReadReference) {
        NDArray r = gReadReference.abs().div((float) gMax());
        if (twoDevices) {
            NDArray low = r.log().mul(-0.0117f).add(-0.0069f).clip(0.015f, 0.04f);
            NDArray high = cubic(r, 0.0069f, -0.0280f, 0.0211f, 0.0123f);
            return NDArrays.where(r.lt(0.16f), low, high);
        }
        NDArray low = r.log().mul(-0.0078f).add(0.0038f).clip(0.0179f, 0.04f);
        NDArray high = cubic(r, 0.0664f, -0.1352f, 0.0768f, 0.0088f);
        return NDArrays.where(r.lt(0.1591f), low, high);
    }

    @Override
    public double nuMean(double gTarget) {
        double r = flooredRelative(gTarget);
        return r < 0.0945 ? clip(-0.0387 * Math.log(r) - 0.0182, 0.072, 0.13) : quadratic(r, -0.0436, -0.0126, 0.0736);
    }

    @Override
    public double nuStd(double gTarget) {
        double r = flooredRelative(gTarget);
        if (twoDevices) {
            return r < 0.3055 ? clip(-0.0117 * Math.log(r) - 0.0057, 0.0091, 0.04)
                    : quadratic(r, -0.0118, 0.0093, 0.0073);
        }
        return r < 0.3039 ? clip(-0.0120 * Math.log(r) - 0.0023, 0.0124, 0.04) : quadratic(r, -0.0165, 0.0116, 0.0104);
    }

    @Override
    public double relativeReadNoise(double gReadReference) {
        double r = Math.abs(gReadReference) / gMax();
        if (twoDevices) {
            return r < 0.16 ? clip(-0.0117 * Math.log(r) - 0.0069, 0.015, 0.04)
                    : cubic(r, 0.0069, -0.0280, 0.0211, 0.0123);
        }
        return r < 0.1591 ? clip(-0.0078 * Math.log(r) + 0.0038, 0.0179, 0.04)
                : cubic(r, 0.0664, -0.1352, 0.0768, 0.0088);
    }

    private static double quadratic(double r, double a2, double a1, double a0) {
        return (a2 * r + a1) * r + a0;
    }

    private static double cubic(double r, double a3, double a2, double a1, double a0) {
        return ((a3 * r + a2) * r + a1) * r + a0;
    }

    private static NDArray quadratic(NDArray r, float a2, float a1, float a0) {
        return r.mul(a2).add(a1).mul(r).add(a0);
    }

    private static NDArray cubic(NDArray r, float a3, float a2, float a1, float a0) {
        return r.mul(a3).add(a2).mul(r).add(a1).mul(r).add(a0);
    }
}
