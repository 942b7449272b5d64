package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** The back conversion shared by the multi-pair converters: W = Σ_k f_k (G+_k − G-_k) / scale ratio. */
final class WeightedPairs {
    private WeightedPairs() {
    }

    static NDArray toWeights(List<NDArray> slices, Conductances.Params params, double[] factors) {
        if (slices.size() != 2 * factors.length) {
            throw new IllegalArgumentException("expected " + 2 * factors.length + " slices, got " + slices.size());
        }
        try (Scope scope = Scope.ofAll(slices, params.scaleRatio())) {
            NDArray weightsUs = slices.get(0).zerosLike();
            for (int k = 0; k < factors.length; k++) {
                weightsUs = weightsUs.add(slices.get(2 * k).sub(slices.get(2 * k + 1)).mul((float) factors[k]));
            }
            return scope.keep(weightsUs.div(params.scaleRatio()));
        }
    }
}
