package org.driftlab.analog.device;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDManager;

/** The number of arrays a test manager holds, to check that intermediates are freed. */
record BaseCount(int count) {
    static BaseCount of(NDManager manager) {
        return new BaseCount(((BaseNDManager) manager).getManagedArrays().size());
    }
}
