package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The state of a tile right after programming.
 *
 * @param target            the target conductances and their conversion parameters
 * @param programmedSlices  the programmed conductances, slice by slice (µS)
 * @param driftParams       per-slice drift parameters drawn from the targets (for PCM: the exponents ν)
 * @param weights           the programmed weights, converted back (tile units)
 */
public record ProgrammedWeights(Conductances target, List<NDArray> programmedSlices, List<NDArray> driftParams,
                                NDArray weights) {
    public ProgrammedWeights {
        programmedSlices = List.copyOf(programmedSlices);
        driftParams = List.copyOf(driftParams);
    }
}
