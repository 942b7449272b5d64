package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Turns a tile's weight matrix into conductance slices (in µS) and back (spec section 1). Returned arrays belong to
 * the manager of the input array.
 */
public interface ConductanceConverter {

    Conductances toConductances(NDArray weights);

    NDArray toWeights(List<NDArray> slices, Conductances.Params params);

    /** The number of slices this converter produces (2 for a pair, 1 for a single device). */
    int sliceCount();

    /** The smallest conductance this converter produces (µS). */
    double lowestConductance();

    /** The largest conductance this converter produces (µS). */
    double highestConductance();
}
