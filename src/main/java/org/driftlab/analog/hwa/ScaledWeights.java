package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;

/** Tile weights [out, in] and the digital mapping scales [out] such that raw weights = tileWeights · scales per row. */
public record ScaledWeights(NDArray tileWeights, NDArray mappingScales) {
}
