package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The state of a tile read at a time after programming.
 *
 * @param slices  the drifted conductances slice by slice (µS), as the weights were computed from them
 * @param weights the drifted weights (tile units)
 */
public record DriftedWeights(List<NDArray> slices, NDArray weights) {
    public DriftedWeights {
        slices = List.copyOf(slices);
    }
}
