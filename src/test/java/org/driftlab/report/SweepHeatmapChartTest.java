package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class SweepHeatmapChartTest {
    private static final HeatmapData DATA = new HeatmapData("noise_model.g_max", "forward.out_noise",
            new double[] {10, 25}, new double[] {0, 0.04}, new double[][] {{0.9, 0.91}, {Double.NaN, 0.85}},
            "accuracy");

    @Test
    void drawsOneBlockPerCellOnIndexAxesLabelledWithTheSweptValues() {
        PlottedChart plotted = SweepHeatmapChart.build(DATA, null);
        XYPlot plot = plotted.chart().getXYPlot();
        XYZDataset dataset = (XYZDataset) plot.getDataset();
        assertEquals(1, dataset.getSeriesCount());
        assertEquals(4, dataset.getItemCount(0));
        assertInstanceOf(XYBlockRenderer.class, plot.getRenderer());
        assertEquals(List.of("10", "25"), List.of(((SymbolAxis) plot.getDomainAxis()).getSymbols()));
        assertEquals(List.of("0", "0.04"), List.of(((SymbolAxis) plot.getRangeAxis()).getSymbols()));
        assertEquals("noise_model.g_max", plot.getDomainAxis().getLabel());
        assertEquals("forward.out_noise", plot.getRangeAxis().getLabel());
        assertEquals(List.of("0.9", "0.91", "0.85"), plot.getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList());
        PaintScaleLegend legend = (PaintScaleLegend) plotted.chart().getSubtitles().stream()
                .filter(PaintScaleLegend.class::isInstance).findFirst().orElseThrow();
        assertEquals(0.85, legend.getScale().getLowerBound());
        assertEquals(0.91, legend.getScale().getUpperBound());
        assertEquals(ViridisPaintScale.MISSING, legend.getScale().getPaint(Double.NaN));
    }

    @Test
    void csvHoldsEveryCellWithMissingOnesEmpty() {
        CsvTable data = SweepHeatmapChart.build(DATA, null).data();
        assertEquals(List.of("noise_model.g_max", "forward.out_noise", "accuracy"), data.header());
        assertEquals(List.of(
                List.of(10.0, 0.0, 0.9), List.of(25.0, 0.0, 0.91),
                Arrays.asList(10.0, 0.04, null), List.of(25.0, 0.04, 0.85)), data.rows());
        assertEquals("10.0,0.04,", data.toCsv().lines().toList().get(3));
    }
}
