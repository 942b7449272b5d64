package org.driftlab.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.experiment.RunFixtures;
import org.driftlab.experiment.SweepTable;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.report.PlottedChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepViewModelTest {
    @TempDir
    Path folder;

    private final SweepViewModel model = new SweepViewModel();

    @Test
    void aTwoKeySweepShowsAHeatmapAtTheChosenTimeAndAClickedCellOpensItsPoint() throws Exception {
        Path sweep = RunFixtures.sweep(folder.resolve("grid"), List.of(0.0, 0.1, 0.2), List.of(0.0, 0.3));
        assertTrue(model.show(sweep));
        assertEquals(RunFixtures.TIMES, model.times());
        assertEquals(86400.0, model.timeProperty().get(), "the last time first");
        assertTrue(model.timeAppliesProperty().get());
        assertEquals("Accuracy at 1 d", model.chartProperty().get().chart().getTitle().getText());
        assertHeatmapCell(model.chartProperty().get(), 0.2, 0.3, RunFixtures.accuracy(0.2, 0.3, 86400));

        model.timeProperty().set(1.0);
        PlottedChart early = model.chartProperty().get();
        assertEquals("Accuracy at 1 s", early.chart().getTitle().getText());
        assertHeatmapCell(early, 0.1, 0.0, RunFixtures.accuracy(0.1, 0, 1));

        XYDataset cells = ((XYPlot) early.chart().getPlot()).getDataset();
        int cell = itemAt(cells, 2, 1);
        assertTrue(model.click(new XYItemEntity(new Rectangle(), cells, 0, cell, null, null)));
        SweepTable.Point point = model.pointOf(new XYItemEntity(new Rectangle(), cells, 0, cell, null, null))
                .orElseThrow();
        assertEquals("forward.out_noise=0.2, forward.w_noise=0.3", point.label());
        PlottedChart curves = model.pointChartProperty().get();
        assertNotNull(curves);
        assertEquals("Point " + point.index() + ": " + point.label(), curves.chart().getTitle().getText());
        assertEquals(RunFixtures.accuracy(0.2, 0.3, 86400), (double) curves.data().rows().get(1).get(3), 1e-12);
    }

    @Test
    void aOneKeySweepShowsCurvesAndAClickedValueOpensItsPoint() throws Exception {
        assertTrue(model.show(RunFixtures.sweep(folder.resolve("line"), List.of(0.0, 0.1, 0.2), List.of())));
        assertFalse(model.timeAppliesProperty().get(), "every time is a line of the curves");
        XYDataset lines = ((XYPlot) model.chartProperty().get().chart().getPlot()).getDataset();
        assertEquals(0.1, lines.getXValue(0, 1));
        assertEquals("forward.out_noise=0.1",
                model.pointOf(new XYItemEntity(new Rectangle(), lines, 0, 1, null, null)).orElseThrow().label());
    }

    @Test
    void aLayerScanShowsBarsAndAClickedBarOpensItsLayer() throws Exception {
        assertTrue(model.show(RunFixtures.layerScan(folder.resolve("scan"), List.of("features.0", "classifier.1"))));
        CategoryDataset bars = ((CategoryPlot) model.chartProperty().get().chart().getPlot()).getDataset();
        CategoryItemEntity bar = new CategoryItemEntity(new Rectangle(), null, null, bars, bars.getRowKey(0),
                "classifier.1");
        assertTrue(model.click(bar));
        assertEquals("Point 1: analog layer classifier.1",
                model.pointChartProperty().get().chart().getTitle().getText());
    }

    @Test
    void anotherKindOfRunLeavesTheSweepShownAndAnEmptySweepSaysSo() throws Exception {
        Path sweep = RunFixtures.sweep(folder.resolve("grid"), List.of(0.0, 0.1), List.of(0.0, 0.3));
        model.show(sweep);
        assertFalse(model.show(RunFixtures.drift(folder.resolve("drift"), "d", 0, false)));
        assertEquals(sweep, model.sweepProperty().get());

        Path started = folder.resolve("started");
        new RunWriter(started, RunWriter.JSON.createObjectNode().put("kind", "sweep"));
        assertTrue(model.show(started));
        assertNull(model.chartProperty().get());
        assertTrue(model.messageProperty().get().contains("is not a sweep folder with results"),
                model.messageProperty().get());
    }

    private static void assertHeatmapCell(PlottedChart chart, double outNoise, double wNoise, double accuracy) {
        boolean found = chart.data().rows().stream().anyMatch(row -> (double) row.get(0) == outNoise
                && (double) row.get(1) == wNoise && Math.abs((double) row.get(2) - accuracy) < 1e-12);
        assertTrue(found, "cell " + outNoise + ", " + wNoise + " = " + accuracy + " in " + chart.data().rows());
    }

    private static int itemAt(XYDataset cells, int column, int row) {
        for (int i = 0; i < cells.getItemCount(0); i++) {
            if (cells.getXValue(0, i) == column && cells.getYValue(0, i) == row) {
                return i;
            }
        }
        throw new AssertionError("no cell " + column + ", " + row);
    }
}
