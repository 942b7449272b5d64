package org.driftlab.report;

import java.util.Objects;

/** Counts over fixed bins: bin i spans [edges[i], edges[i + 1]). */
public record Histogram(String label, double[] edges, long[] counts) {
    public Histogram {
        Objects.requireNonNull(label, "label");
        edges = edges.clone();
        counts = counts.clone();
        if (counts.length == 0 || edges.length != counts.length + 1) {
            throw new IllegalArgumentException("histogram '" + label + "' needs edges.length = counts.length + 1 and"
                    + " at least one bin; got " + edges.length + " edges and " + counts.length + " counts");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("histogram '" + label + "': edges must increase, but edge " + i
                        + " is " + edges[i] + " after " + edges[i - 1]);
            }
        }
    }
}
