package org.driftlab.experiment;

import java.util.Map;

/**
 * How far a job is: {@code done} of {@code total} units of its current stage (batches, points), with the latest
 * metrics of that stage (loss, accuracy, ...).
 */
public record JobProgress(String stage, long done, long total, Map<String, Double> metrics) {
    public JobProgress {
        metrics = Map.copyOf(metrics);
    }

    public double fraction() {
        return total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    }
}
