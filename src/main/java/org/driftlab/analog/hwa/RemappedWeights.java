package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;

/**
 * The result of a remap: new tile weights [out, in] and new combined output scales [out]. The caller makes the scales
 * its mapping scales and resets the learned out-scales to 1 (quirk 16).
 */
public record RemappedWeights(NDArray tileWeights, NDArray scales) {
}
