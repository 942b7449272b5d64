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

    /** y − ir_drop · c · ((v ∘ profile) · Wᵀ), c a cubic in the column's load |v| · |W|ᵀ (spec 7.2). */
    static NDArray irDrop(IoParameters io, NDArray weights, NDArray v, double unit, NDArray y) {
        NDArray a = columnLoads(weights, v).mul(loadScale(io, weights, unit));
        NDArray c = a.mul(a.mul(a.mul(0.05f).sub(0.2f)).add(0.5f));
        return y.sub(c.mul(droppedProducts(weights, v)).mul((float) io.irDrop()));
    }

    /**
     * The same for one output, from its column load and dropped product: the float operations of {@link #irDrop}
     * in the same order, so that the fused path gives the general path's value.
     */
    static float irDrop(float y, float columnLoad, float droppedProduct, float loadScale, float irDrop) {
        float a = columnLoad * loadScale;
        float c = a * (a * (a * 0.05f - 0.2f) + 0.5f);
        return y - c * droppedProduct * irDrop;
    }

    /** |v| · |W|ᵀ, [rows, out]. */
    static NDArray columnLoads(NDArray weights, NDArray v) {
        return v.abs().matMul(weights.abs().transpose());
    }

    /** (v ∘ profile) · Wᵀ, [rows, out], the profile 1 − (1 − j/n)² along the n inputs. */
    static NDArray droppedProducts(NDArray weights, NDArray v) {
        int inSize = (int) weights.getShape().get(1);
        NDArray position = v.getManager().arange(0f, (float) inSize).div((float) inSize);
        NDArray profile = position.neg().add(1f).square().neg().add(1f);
        return v.mul(profile).matMul(weights.transpose());
    }

    /** What a column load is multiplied by: unit · n / ir_drop_g_ratio. */
    static float loadScale(IoParameters io, NDArray weights, double unit) {
        return (float) (unit * weights.getShape().get(1) / io.irDropGRatio());
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
