package org.driftlab.report;

import java.util.List;
import java.util.Objects;

/** A 1-D sweep: curves.get(i) is the accuracy-over-time curve measured with key = values[i]. */
public record Sweep1d(String key, double[] values, List<Curve> curves) {
    public Sweep1d {
        Objects.requireNonNull(key, "key");
        values = values.clone();
        curves = List.copyOf(curves);
        if (values.length != curves.size()) {
            throw new IllegalArgumentException("sweep of " + key + " has " + values.length + " values but "
                    + curves.size() + " curves");
        }
    }
}
