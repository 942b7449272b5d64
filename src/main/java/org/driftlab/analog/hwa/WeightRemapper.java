package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.driftlab.config.RemapParameter;
import org.driftlab.config.RemapType;

/**
 * Remaps the tile weights so that their max becomes remapped_wmax, moving the factor into the digital output scales
 * (spec 6.4, RPUCuda {@code weight_remapper.cpp}).
 */
public final class WeightRemapper {
    private final RemapParameter parameter;

    public WeightRemapper(RemapParameter parameter) {
        this.parameter = parameter;
        if (parameter.type() == RemapType.CHANNELWISE_SYMMETRIC && parameter.maxScaleRange() > 0
                && parameter.remappedWmax() != 1.0) {
            throw new IllegalArgumentException("max_scale_range needs remapped_wmax = 1");
        }
    }

    public RemapParameter parameter() {
        return parameter;
    }

    public boolean isIdentity() {
        return parameter.type() == RemapType.NONE;
    }

    /**
     * @param tileWeights the tile weights [out, in]
     * @param scales the current combined output scales (mapping × learned), [out]; a single value is broadcast
     * @return new weights and [out] scales, owned by the manager of {@code tileWeights}
     */
    public RemappedWeights apply(NDArray tileWeights, NDArray scales) {
        NDManager owner = tileWeights.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, tileWeights, scales);
            Shape outShape = new Shape(tileWeights.getShape().get(0));
            NDArray oldScales = scales.reshape(-1).mul(scope.ones(outShape));
            RemappedWeights result = switch (parameter.type()) {
                case NONE -> new RemappedWeights(tileWeights.duplicate(), oldScales);
                case LAYERWISE_SYMMETRIC -> layerwise(tileWeights, oldScales);
                case CHANNELWISE_SYMMETRIC -> parameter.maxScaleRange() > 0
                        ? channelwiseBounded(tileWeights, oldScales, scope)
                        : channelwise(tileWeights, oldScales);
            };
            result.tileWeights().attach(owner);
            result.scales().attach(owner);
            return result;
        }
    }

    /** Whether {@link #applyOnHost} covers this remap: every one but the channelwise remap with a max_scale_range. */
    public boolean worksOnHost() {
        return !(parameter.type() == RemapType.CHANNELWISE_SYMMETRIC && parameter.maxScaleRange() > 0);
    }

    /**
     * {@link #apply} on the host, the same floats, where {@link #worksOnHost}: divides the tile weights [out, in]
     * (row after row in {@code values}) in place and returns the new scales [out].
     *
     * @param scales the current combined output scales, [out] or a single value for all
     */
    public float[] applyOnHost(float[] values, int out, float[] scales) {
        if (!worksOnHost()) {
            throw new IllegalStateException("the bounded channelwise remap runs in the tensor engine only");
        }
        int in = values.length / out;
        float[] factors = new float[out];
        switch (parameter.type()) {
            case NONE -> Arrays.fill(factors, 1f);
            case LAYERWISE_SYMMETRIC -> Arrays.fill(factors, factor(values, 0, values.length));
            case CHANNELWISE_SYMMETRIC -> {
                for (int i = 0; i < out; i++) {
                    factors[i] = factor(values, i * in, (i + 1) * in);
                }
            }
        }
        float[] newScales = new float[out];
        for (int i = 0; i < out; i++) {
            if (parameter.type() != RemapType.NONE) {
                for (int k = i * in; k < (i + 1) * in; k++) {
                    values[k] = values[k] / factors[i];
                }
            }
            newScales[i] = (scales.length == 1 ? scales[0] : scales[i]) * factors[i];
        }
        return newScales;
    }

    /** max|values[from, to)| / remapped_wmax where positive, else 1 (NaN, as the engine's maximum gives it, too). */
    private float factor(float[] values, int from, int to) {
        float max = 0f;
        for (int k = from; k < to; k++) {
            float magnitude = Math.abs(values[k]);
            if (magnitude != magnitude) {
                return 1f;
            }
            max = magnitude > max ? magnitude : max;
        }
        float factor = max / (float) parameter.remappedWmax();
        return factor > 0f ? factor : 1f;
    }

    private RemappedWeights layerwise(NDArray w, NDArray oldScales) {
        NDArray a = NdMath.positiveOr(w.abs().max().div((float) parameter.remappedWmax()), 1f);
        return new RemappedWeights(w.div(a), oldScales.mul(a));
    }

    private RemappedWeights channelwise(NDArray w, NDArray oldScales) {
        NDArray a = NdMath.positiveOr(rowAbsMax(w).div((float) parameter.remappedWmax()), 1f);
        return new RemappedWeights(w.div(a.expandDims(1)), oldScales.mul(a));
    }

    /** new_i = min(a_i·old_i, min_s·max_scale_range) with min_s = max(min_i old_i, max_scale_ref) when positive. */
    private RemappedWeights channelwiseBounded(NDArray w, NDArray oldScales, NDManager scope) {
        NDArray a = rowAbsMax(w);
        NDArray grown = NDArrays.where(a.gt(0f), a.mul(oldScales), oldScales);
        NDArray minScale = oldScales.min().maximum(0f);
        if (parameter.maxScaleRef() != 0) {
            NDArray withRef = minScale.maximum((float) parameter.maxScaleRef());
            minScale = NDArrays.where(minScale.gt(0f), withRef, minScale);
        }
        NDArray cap = minScale.mul((float) parameter.maxScaleRange());
        NDArray overRange = grown.div(minScale).gt((float) parameter.maxScaleRange()).logicalAnd(minScale.gt(0f));
        NDArray newScales = NDArrays.where(overRange, cap.mul(scope.ones(grown.getShape())), grown);
        NDArray factor = oldScales.div(newScales).expandDims(1);
        return new RemappedWeights(w.mul(factor), newScales);
    }

    private static NDArray rowAbsMax(NDArray w) {
        return w.abs().max(new int[] {1});
    }
}
