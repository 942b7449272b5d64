package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import org.driftlab.analog.Bounds;
import org.driftlab.config.ClipParameter;
import org.driftlab.config.ClipType;

/**
 * Clips the tile weights (analog bias column included) after a training step (spec 6.3, RPUCuda
 * {@code weight_clipper.cpp}): {@code W ← clip(W, -c, c)} when {@code c > 0}.
 */
public final class WeightClipper {
    private final ClipParameter parameter;

    public WeightClipper(ClipParameter parameter) {
        this.parameter = parameter;
    }

    public ClipParameter parameter() {
        return parameter;
    }

    public boolean isIdentity() {
        return parameter.type() == ClipType.NONE
                || (parameter.type() == ClipType.FIXED_VALUE && parameter.fixedValue() <= 0);
    }

    /** The clipped copy of the tile weights [out, in]. */
    public NDArray apply(NDArray tileWeights) {
        NDManager owner = tileWeights.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, tileWeights);
            NDArray result = isIdentity() ? tileWeights.duplicate() : clip(tileWeights, scope);
            result.attach(owner);
            return result;
        }
    }

    /**
     * The same clip on the host, for tile weights whose values are also in {@code values}: clips those in place, with
     * the clip value computed as {@link #apply} computes it. The same floats as {@link #apply}.
     */
    public void clipOnHost(NDArray tileWeights, float[] values) {
        float c;
        try (NDArray value = clipValue(tileWeights)) {
            c = value.getFloat();
        }
        if (c > 0f) {
            for (int k = 0; k < values.length; k++) {
                values[k] = Bounds.clamp(values[k], -c, c);
            }
        }
    }

    /** The clip value c as a scalar array (may be ≤ 0 or NaN, meaning "do not clip"). */
    public NDArray clipValue(NDArray tileWeights) {
        NDManager owner = tileWeights.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, tileWeights);
            NDArray value = computeClipValue(tileWeights, scope);
            value.attach(owner);
            return value;
        }
    }

    private NDArray clip(NDArray w, NDManager scope) {
        NDArray c = computeClipValue(w, scope);
        NDArray limit = NDArrays.where(c.gt(0f), c, scope.create(Float.POSITIVE_INFINITY));
        return NdMath.clipSymmetric(w, limit);
    }

    private NDArray computeClipValue(NDArray w, NDManager scope) {
        NDArray c = switch (parameter.type()) {
            case NONE -> scope.create(-1f);
            case FIXED_VALUE -> scope.create((float) parameter.fixedValue());
            case LAYER_GAUSSIAN -> NdMath.sampleStd(w).mul((float) parameter.sigma());
            case AVERAGE_CHANNEL_MAX -> w.abs().max(new int[] {1}).mean().abs();
        };
        boolean capped = parameter.type() == ClipType.LAYER_GAUSSIAN
                || parameter.type() == ClipType.AVERAGE_CHANNEL_MAX;
        if (capped && parameter.fixedValue() > 0) {
            c = c.minimum((float) parameter.fixedValue());
        }
        return c;
    }
}
