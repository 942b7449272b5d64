/**
 * Hardware-aware-training building blocks (spec 6.2-6.6 and 9): the weight modifier, clipper and remapper, the
 * digital weight scaling and the input range. Each works on DJL NDArrays in float32 on any device; every returned
 * array belongs to the manager of the input array, and intermediates are freed.
 */
package org.driftlab.analog.hwa;
