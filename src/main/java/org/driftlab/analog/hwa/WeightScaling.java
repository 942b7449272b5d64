package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.MappingParameter;

/**
 * The digital weight scaling applied on every set_weights (spec 6.5, aihwkit {@code apply_weight_scaling}): with
 * ω = weight_scaling_omega > 0, a = max|W|/ω (per row if columnwise, else one value; 0 becomes 1), the tile gets W/a
 * and a becomes the mapping scale. The learned out-scales are reset to 1 by the caller.
 */
public final class WeightScaling {
    private final double omega;
    private final boolean columnwise;

    public WeightScaling(MappingParameter mapping) {
        this(mapping.weightScalingOmega(), mapping.weightScalingColumnwise());
    }

    public WeightScaling(double omega, boolean columnwise) {
        this.omega = omega;
        this.columnwise = columnwise;
    }

    public boolean isEnabled() {
        return omega > 0;
    }

    /** Splits raw layer weights [out, in] into tile weights and [out] mapping scales (ones when disabled). */
    public ScaledWeights apply(NDArray rawWeights) {
        NDManager owner = rawWeights.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, rawWeights);
            Shape outShape = new Shape(rawWeights.getShape().get(0));
            ScaledWeights result;
            if (!isEnabled()) {
                result = new ScaledWeights(rawWeights.duplicate(), scope.ones(outShape));
            } else {
                NDArray weightMax = columnwise ? rawWeights.abs().max(new int[] {1}) : rawWeights.abs().max();
                NDArray alpha = NdMath.positiveOr(weightMax.div((float) omega), 1f);
                NDArray perRow = alpha.mul(scope.ones(outShape));
                result = new ScaledWeights(rawWeights.div(perRow.expandDims(1)), perRow);
            }
            result.tileWeights().attach(owner);
            result.mappingScales().attach(owner);
            return result;
        }
    }
}
