package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
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
        NDArray magnitude = oneHotOutputs.abs();
        NDArray mean = type == DriftCompensationType.PER_COLUMN ? magnitude.mean(new int[] {0}) : magnitude.mean();
        return mean.maximum(READOUT_FLOOR);
    }
}
