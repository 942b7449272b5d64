package org.driftlab.experiment;

import java.util.List;

/**
 * One swept configuration key and its values. Values are numbers, booleans or enum names (lower case), as the key
 * takes them; resolutions given as bits are already converted to aihwkit's step fraction.
 */
public record SweepAxis(String key, List<Object> values) {
    public SweepAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("sweep axis " + key + " has no values");
        }
    }
}
