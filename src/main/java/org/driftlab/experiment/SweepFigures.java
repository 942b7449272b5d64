package org.driftlab.experiment;

import java.io.IOException;
import java.util.List;
import org.driftlab.config.Durations;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.Curve;
import org.driftlab.report.LayerSensitivityChart;
import org.driftlab.report.PlottedChart;
import org.driftlab.report.SweepCurvesChart;
import org.driftlab.report.SweepHeatmapChart;

/** The figures of a sweep, drawn by the report charts from its {@link SweepTable}; the CLI and the app share them. */
public final class SweepFigures {
    private SweepFigures() {
    }

    /** The sweep's main figure at drift time t (a one-key sweep and the points overlay show every time). */
    public static PlottedChart figure(SweepTable table, double t) {
        return switch (table.shape()) {
            case HEATMAP -> heatmap(table, t);
            case CURVES -> curves(table);
            case LAYERS -> layerSensitivity(table, t);
            case POINTS -> pointsOverTime(table);
        };
    }

    public static PlottedChart heatmap(SweepTable table, double t) {
        return SweepHeatmapChart.build(table.grid(t).data(), "Accuracy at " + Durations.format(t));
    }

    public static PlottedChart curves(SweepTable table) {
        String key = table.keys().get(0);
        return SweepCurvesChart.build(table.sweep1d(), "Accuracy against " + key);
    }

    public static PlottedChart layerSensitivity(SweepTable table, double t) {
        return LayerSensitivityChart.build(table.layerScores(t), table.digital(t),
                "One layer analog at a time, " + Durations.format(t) + " after programming");
    }

    public static PlottedChart pointsOverTime(SweepTable table) {
        return AccuracyVsTimeChart.build(table.pointCurves(), "Accuracy after programming, every point of the sweep");
    }

    /** One point's own accuracy curves, read from its folder (with and without compensation where recorded). */
    public static PlottedChart point(SweepTable table, SweepTable.Point point) throws IOException {
        List<Curve> curves = RunRecords.curves(table.pointFolder(point), point.label());
        return AccuracyVsTimeChart.build(curves, "Point " + point.index() + ": " + point.label());
    }
}
