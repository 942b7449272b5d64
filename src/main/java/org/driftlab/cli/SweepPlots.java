package org.driftlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.driftlab.config.Durations;
import org.driftlab.experiment.SweepFigures;
import org.driftlab.experiment.SweepTable;
import org.driftlab.report.PlottedChart;

/** Sweep figures for {@code driftlab plot}: a heatmap (two keys), curves (one key) or layer bars. */
final class SweepPlots {
    private SweepPlots() {
    }

    static PlottedChart sweep(Path folder, String time) throws Exception {
        SweepTable table = SweepTable.read(folder);
        int keys = table.keys().size();
        if (keys == 2) {
            return SweepFigures.heatmap(table, chosenTime(table.times(), time));
        }
        if (keys == 1) {
            return SweepFigures.curves(table);
        }
        throw new IllegalArgumentException(folder + " sweeps " + keys + " keys; the sweep plot shows one"
                + " (curves) or two (heatmap). Plot its points with accuracy-vs-time: " + folder.resolve("points/*"));
    }

    static PlottedChart layerSensitivity(Path folder, String time) throws Exception {
        SweepTable table = SweepTable.read(folder);
        return SweepFigures.layerSensitivity(table, chosenTime(table.times(), time));
    }

    private static double chosenTime(List<Double> times, String time) {
        if (time == null) {
            return times.get(times.size() - 1);
        }
        double wanted = Durations.parse(time);
        if (!times.contains(wanted)) {
            throw new IllegalArgumentException("--time " + time + " is not a time of the sweep; its times: "
                    + String.join(", ", new TreeSet<>(times).stream().map(Durations::format).toList()));
        }
        return wanted;
    }
}
