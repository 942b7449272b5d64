package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.driftlab.config.DriftCompensationType;

/**
 * Digital drift compensation (spec section 5). At programming a baseline is read out by passing one-hot input
 * vectors through the full noisy forward (aihwkit's readout, not the all-ones vector its docs describe); at each
 * drift the same readout gives alpha = baseline / readout, applied to the tile output in evaluation.
 */
public final class DriftCompensation {
    private static final float READOUT_FLOOR = 1e-4f;

    private final DriftCompensationType type;

    public DriftCompensation(DriftCompensationType type) {
        this.type = type;
    }

    public boolean isActive() {
        return type != DriftCompensationType.NONE;
    }

    /** Whether the baseline uses the ideal product with the target weights instead of the noisy forward. */
    public boolean usesExactReference() {
        return type == DriftCompensationType.GLOBAL_EXACT_REFERENCE;
    }

    /**
     * @param oneHotOutputs the tile's outputs for the one-hot inputs, [in, out]
     * @return a scalar for the global types, a vector [out] per output for per-column compensation
     */
    public NDArray readout(NDArray oneHotOutputs) {
        if (!oneHotOutputs.getDevice().isGpu()) {
            return readoutOnHost(oneHotOutputs);
        }
        NDArray magnitude = oneHotOutputs.abs();
        NDArray mean = type == DriftCompensationType.PER_COLUMN ? magnitude.mean(new int[] {0}) : magnitude.mean();
        return mean.maximum(READOUT_FLOOR);
    }

    /** The same mean |y| in Java, summed in double (the engine's float reduction may differ in the last place). */
    private NDArray readoutOnHost(NDArray oneHotOutputs) {
        int in = (int) oneHotOutputs.getShape().get(0);
        int out = (int) oneHotOutputs.getShape().get(1);
        float[] y = oneHotOutputs.toFloatArray();
        double[] sums = new double[out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                sums[j] += Math.abs(y[i * out + j]);
            }
        }
        NDManager manager = oneHotOutputs.getManager();
        if (type == DriftCompensationType.PER_COLUMN) {
            float[] means = new float[out];
            for (int j = 0; j < out; j++) {
                means[j] = Math.max((float) (sums[j] / in), READOUT_FLOOR);
            }
            return manager.create(means);
        }
        double total = 0;
        for (double sum : sums) {
            total += sum;
        }
        return manager.create(Math.max((float) (total / ((double) in * out)), READOUT_FLOOR));
    }
}
