package org.driftlab.report;

import java.util.List;
import java.util.stream.Collectors;

/** The histograms taken at one drift time t (seconds), each with its own label. */
public record HistogramSnapshot(double t, List<Histogram> histograms) {
    public HistogramSnapshot {
        histograms = List.copyOf(histograms);
    }

    public Histogram histogram(String label) {
        return histograms.stream().filter(h -> h.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no histogram '" + label + "' at t = " + t
                        + " s; present: " + histograms.stream().map(Histogram::label)
                        .collect(Collectors.joining(", "))));
    }
}
