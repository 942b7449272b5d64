package org.driftlab.analog.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.driftlab.analog.Rng;
import org.driftlab.analog.TileArray;
import org.driftlab.config.RpuConfig;

/**
 * One forward of a weight matrix through the configuration's tiles and IO pipeline, without programming noise or
 * drift: what the periphery alone (converters, IO noise, bound management, mapping) does to a product.
 */
public final class ForwardProbe {
    private ForwardProbe() {
    }

    /**
     * @param weights rows of the matrix, out × in
     * @param inputs  input vectors, each of length in
     * @return one output vector per input vector
     */
    public static float[][] run(RpuConfig config, float[][] weights, float[][] inputs, long seed, NDManager manager) {
        int in = weights[0].length;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != in) {
                throw new IllegalArgumentException("weight row " + i + " has " + weights[i].length
                        + " entries, the first row has " + in + ": all rows must have the same length");
            }
        }
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != in) {
                throw new IllegalArgumentException("input vector " + i + " has " + inputs[i].length
                        + " entries, but the weights have " + in + " columns");
            }
        }
        Rng rng = new Rng(seed);
        try (NDManager scope = manager.newSubManager();
             TileArray array = new TileArray(config, scope.create(weights), null, scope, rng.split())) {
            NDArray outputs = array.forward(scope.create(inputs), rng, false);
            float[] flat = outputs.toFloatArray();
            float[][] rows = new float[inputs.length][weights.length];
            for (int i = 0; i < inputs.length; i++) {
                System.arraycopy(flat, i * weights.length, rows[i], 0, weights.length);
            }
            return rows;
        }
    }
}
