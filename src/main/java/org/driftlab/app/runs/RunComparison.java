package org.driftlab.app.runs;

import java.util.List;
import java.util.Map;
import org.driftlab.report.PlottedChart;

/**
 * Two or more runs side by side: only the settings in which they differ (key path → value per run, in the order
 * of {@code runs}), their accuracy curves overlaid (null when none has results), and notes on runs left out.
 */
public record RunComparison(List<String> runs, Map<String, List<String>> differences, PlottedChart curves,
                            List<String> notes) {
    public RunComparison {
        runs = List.copyOf(runs);
        differences = Map.copyOf(differences);
        notes = List.copyOf(notes);
    }
}
