package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Degenerate inputs still draw: one point, one cell, one ridge, no curves, constant values. */
class EdgeCaseChartsTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path folder;

    @Test
    void degenerateInputsRenderWithoutErrors() throws Exception {
        List<PlottedChart> charts = List.of(
                AccuracyVsTimeChart.build(List.of(new Curve("one", List.of(CurvePoint.of(3600, 0.9)), 0.9))),
                AccuracyVsTimeChart.build(List.of()),
                AccuracyVsTimeChart.build(List.of(new Curve("only t = 0", List.of(CurvePoint.of(0, 0.9)), 0.95))),
                HistogramRidgelineChart.ridgeline(List.of(new HistogramSnapshot(1, List.of(
                        new Histogram("w", new double[] {-1, 1}, new long[] {0})))), "w", null),
                SweepHeatmapChart.build(new HeatmapData("a", "b", new double[] {1}, new double[] {2},
                        new double[][] {{0.5}}, "accuracy"), null),
                SweepHeatmapChart.build(new HeatmapData("a", "b", new double[] {1}, new double[] {2},
                        new double[][] {{Double.NaN}}, "accuracy"), null),
                SweepCurvesChart.build(new Sweep1d("k", new double[] {0.5},
                        List.of(new Curve("x", List.of(CurvePoint.of(1, 0.8)), null))), null),
                LayerSensitivityChart.build(List.of(), null, null));
        for (int i = 0; i < charts.size(); i++) {
            Path png = folder.resolve("edge-" + i + ".png");
            ChartExport.write(charts.get(i), png, ChartFormat.PNG, 300, 200, 1);
            assertTrue(Files.size(png) > 0);
        }
        assertEquals(0, charts.get(2).data().rows().size(), "t = 0 cannot be drawn on a log axis");
    }
}
