package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/** Element-wise helpers that DJL lacks or that need RPUCuda's exact definition. */
final class NdMath {
    private NdMath() {
    }

    /**
     * Temporarily moves the arguments into the scope so that every intermediate lands there; each returns to its
     * manager when the scope closes. An array passed twice is moved once (a second move would strand it).
     */
    static void borrow(NDManager scope, NDArray... arrays) {
        for (NDArray array : arrays) {
            if (array != null && array.getManager() != scope) {
                array.tempAttach(scope);
            }
        }
    }

    /** C {@code roundf}: ties go away from zero (torch.round would go to even). */
    static NDArray roundHalfAwayFromZero(NDArray x) {
        NDArray magnitude = x.abs();
        NDArray whole = magnitude.floor();
        NDArray isTie = magnitude.sub(whole).eq(0.5f);
        NDArray awayFromZero = whole.add(1f).mul(x.sign());
        return NDArrays.where(isTie, awayFromZero, x.round());
    }

    /** Sample standard deviation (n - 1 denominator) over all elements, as a scalar array; NaN for one element. */
    static NDArray sampleStd(NDArray x) {
        long n = x.size();
        NDArray centred = x.sub(x.mean());
        return centred.mul(centred).sum().div((float) (n - 1)).sqrt();
    }

    /** 1 where the condition holds, else 0, in float32. */
    static NDArray indicator(NDArray condition) {
        return condition.toType(DataType.FLOAT32, false);
    }

    /** {@code value} where it is positive, otherwise {@code fallback}. */
    static NDArray positiveOr(NDArray value, float fallback) {
        return NDArrays.where(value.gt(0f), value, value.getManager().create(fallback));
    }

    /** Clip to [-limit, limit] with an on-device limit (scalar or broadcastable). */
    static NDArray clipSymmetric(NDArray x, NDArray limit) {
        return x.maximum(limit.neg()).minimum(limit);
    }
}
