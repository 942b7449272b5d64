package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Conductance slices of one tile, ordered as aihwkit orders them ([G+, G-] for one pair,
 * [G+_0, G-_0, G+_1, G-_1, ...] for several), and the parameters needed to convert back.
 */
public record Conductances(List<NDArray> slices, Params params) {

    public Conductances {
        slices = List.copyOf(slices);
    }

    /**
     * @param scaleRatio µS per unit weight, a scalar array
     * @param offset     the weight that maps to g_min (single-device converters only), a scalar array or null
     */
    public record Params(NDArray scaleRatio, NDArray offset) {
    }
}
