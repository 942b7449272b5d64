package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class HistogramRidgelineChartTest {
    private static final double[] EDGES = {0, 1, 2};
    private static final List<HistogramSnapshot> SNAPSHOTS = List.of(
            new HistogramSnapshot(1, List.of(new Histogram("G+ (µS)", EDGES, new long[] {2, 4}),
                    new Histogram("G- (µS)", EDGES, new long[] {1, 1}))),
            new HistogramSnapshot(3600, List.of(new Histogram("G+ (µS)", EDGES, new long[] {3, 1}),
                    new Histogram("G- (µS)", EDGES, new long[] {0, 2}))));

    @Test
    void stacksOneRidgePerTimeWithTheEarliestOnTop() {
        XYPlot plot = HistogramRidgelineChart.ridgeline(SNAPSHOTS, "G+ (µS)", null).chart().getXYPlot();
        assertEquals(2, plot.getDatasetCount());
        SymbolAxis timeAxis = (SymbolAxis) plot.getRangeAxis();
        assertEquals(List.of("1 h", "1 s"), List.of(timeAxis.getSymbols()));
        assertEquals("G+ (µS)", plot.getDomainAxis().getLabel());
        IntervalXYDataset earliest = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(1, earliest.getSeriesCount());
        // Closed step outline: baseline, two points per bin, baseline.
        assertEquals(6, earliest.getItemCount(0));
        assertEquals(1.0, earliest.getStartYValue(0, 2));
        assertEquals(1.0 + HistogramRidgelineChart.RIDGE_HEIGHT, earliest.getYValue(0, 3), 1e-12);
        IntervalXYDataset latest = (IntervalXYDataset) plot.getDataset(1);
        assertEquals(0.75 * HistogramRidgelineChart.RIDGE_HEIGHT, latest.getYValue(0, 1), 1e-12);
    }

    @Test
    void aBinThatTowersOverTheRestIsCutAtTheRidgeHeight() {
        double[] edges = {0, 1, 2, 3};
        List<HistogramSnapshot> spiked = List.of(
                new HistogramSnapshot(1, List.of(new Histogram("G+ (µS)", edges, new long[] {100, 4, 2}))),
                new HistogramSnapshot(60, List.of(new Histogram("G+ (µS)", edges, new long[] {90, 3, 3}))));
        CsvTable data = HistogramRidgelineChart.ridgeline(spiked, "G+ (µS)", null).data();
        double h = HistogramRidgelineChart.RIDGE_HEIGHT;
        assertEquals(100L, data.rows().get(0).get(4), "the CSV keeps the true count");
        assertEquals(1.0 + h, (double) data.rows().get(0).get(6), 1e-12);
        assertEquals(1.0 + h, (double) data.rows().get(1).get(6), 1e-12);
        assertEquals(0.75 * h, (double) data.rows().get(4).get(6), 1e-12);
    }

    @Test
    void ridgelineCsvHoldsTheCountsAndTheirPlottedHeights() {
        CsvTable data = HistogramRidgelineChart.ridgeline(SNAPSHOTS, "G+ (µS)", null).data();
        assertEquals(List.of("t_s", "t_label", "bin_low", "bin_high", "count", "baseline", "top"), data.header());
        double h = HistogramRidgelineChart.RIDGE_HEIGHT;
        assertEquals(List.of(
                List.of(1.0, "1 s", 0.0, 1.0, 2L, 1.0, 1.0 + h / 2),
                List.of(1.0, "1 s", 1.0, 2.0, 4L, 1.0, 1.0 + h),
                List.of(3600.0, "1 h", 0.0, 1.0, 3L, 0.0, 0.75 * h),
                List.of(3600.0, "1 h", 1.0, 2.0, 1L, 0.0, 0.25 * h)), data.rows());
    }

    @Test
    void overlayDrawsEveryHistogramOfOneTime() {
        PlottedChart plotted = HistogramRidgelineChart.overlay(SNAPSHOTS.get(1), "conductance (µS)", null);
        XYPlot plot = plotted.chart().getXYPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals("t = 1 h", plotted.chart().getTitle().getText());
        assertEquals(List.of("histogram", "bin_low", "bin_high", "count"), plotted.data().header());
        assertEquals(List.of(
                List.of("G+ (µS)", 0.0, 1.0, 3L), List.of("G+ (µS)", 1.0, 2.0, 1L),
                List.of("G- (µS)", 0.0, 1.0, 0L), List.of("G- (µS)", 1.0, 2.0, 2L)), plotted.data().rows());
    }

    @Test
    void overlayCutsAToweringBinAtTheTopOfItsCountAxis() {
        double[] edges = {0, 1, 2, 3};
        HistogramSnapshot spiked = new HistogramSnapshot(1, List.of(
                new Histogram("G+ (µS)", edges, new long[] {100, 4, 2}),
                new Histogram("G- (µS)", edges, new long[] {90, 3, 5})));
        PlottedChart plotted = HistogramRidgelineChart.overlay(spiked, "conductance (µS)", null);
        XYPlot plot = plotted.chart().getXYPlot();
        assertEquals(5 * 1.05, plot.getRangeAxis().getUpperBound(), 1e-12);
        IntervalXYDataset outlines = (IntervalXYDataset) plot.getDataset();
        assertEquals(5.0, outlines.getYValue(0, 1), 1e-12, "the 100 is drawn at the cap");
        assertEquals(100L, plotted.data().rows().get(0).get(3), "the CSV keeps the true count");
        PlottedChart plain = HistogramRidgelineChart.overlay(SNAPSHOTS.get(1), "conductance (µS)", null);
        assertEquals("count", plain.chart().getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void aMissingHistogramNamesTheOnesPresent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HistogramRidgelineChart.ridgeline(SNAPSHOTS, "weight", null));
        assertTrue(e.getMessage().contains("G+ (µS), G- (µS)"), e.getMessage());
    }

    @Test
    void histogramEdgesMustFitTheCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Histogram("w", new double[] {0, 1}, new long[] {1, 2}));
        assertTrue(e.getMessage().contains("edges.length = counts.length + 1"), e.getMessage());
    }
}
