package org.driftlab.report;

import java.util.Objects;

/** Accuracy with only this layer analog (mean and std over repetitions, as fractions). */
public record LayerScore(String layer, double accuracyMean, double accuracyStd) {
    public LayerScore {
        Objects.requireNonNull(layer, "layer");
    }
}
