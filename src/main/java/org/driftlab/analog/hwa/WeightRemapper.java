package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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
