package org.driftlab.model;

import java.util.List;
import java.util.Map;

/**
 * How a checkpoint's weights were trained.
 *
 * @param recipe       the training recipe as text (optimizer, schedule, batch size, ...)
 * @param epochMetrics one map per epoch, metric name → value
 * @param bestMetric   the name of the metric the best epoch was chosen by
 */
public record TrainingRecord(String dataset, String recipe, int epochs, List<Map<String, Double>> epochMetrics,
                             String bestMetric, double bestValue) {
    public TrainingRecord {
        epochMetrics = epochMetrics.stream().map(Map::copyOf).toList();
    }
}
