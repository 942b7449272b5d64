package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import org.driftlab.config.IoParameters;
import org.driftlab.config.WeightNoiseType;

/**
 * The terms of the analog MAC beyond the product that both forward paths compute with the same tensor operations:
 * the simple IR-drop model (spec 7.2) and the level of the output-referred weight noise (spec 7.1 B). Inputs are DAC
 * outputs in units of {@code unit}.
 */
final class MacNonIdealities {
    private MacNonIdealities() {
    }

    static boolean hasIrDrop(IoParameters io) {
        return io.irDrop() > 0;
    }

    static boolean hasWeightNoise(IoParameters io) {
        return io.wNoiseType() != WeightNoiseType.NONE && io.wNoise() > 0;
    }

    /** y − ir_drop · c · ((v ∘ profile) · Wᵀ), c a cubic in the column's |v| · |W|ᵀ (spec 7.2). */
    static NDArray irDrop(IoParameters io, NDArray weights, NDArray v, double unit, NDArray y) {
        int inSize = (int) weights.getShape().get(1);
        NDArray absWeightsT = weights.abs().transpose();
        NDArray a = v.abs().matMul(absWeightsT).mul((float) (unit * inSize / io.irDropGRatio()));
        NDArray c = a.mul(a.mul(a.mul(0.05f).sub(0.2f)).add(0.5f));
        NDArray position = v.getManager().arange(0f, (float) inSize).div((float) inSize);
        NDArray profile = position.neg().add(1f).square().neg().add(1f);
        NDArray dropped = v.mul(profile).matMul(weights.transpose());
        return y.sub(c.mul(dropped).mul((float) io.irDrop()));
    }

    /**
     * The standard deviation of the weight noise per unit of w_noise: ‖v‖₂ per input vector [rows, 1]
     * (ADDITIVE_CONSTANT), or sqrt(v² · |W|ᵀ) per output [rows, out] (PCM_READ).
     */
    static NDArray weightNoiseLevel(IoParameters io, NDArray weights, NDArray v) {
        return switch (io.wNoiseType()) {
            case ADDITIVE_CONSTANT -> v.square().sum(new int[] {1}, true).sqrt();
            case PCM_READ -> v.square().matMul(weights.abs().transpose()).sqrt();
            case NONE -> throw new IllegalStateException("no weight noise");
        };
    }
}
