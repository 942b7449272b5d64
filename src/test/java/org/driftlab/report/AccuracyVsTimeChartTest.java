package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class AccuracyVsTimeChartTest {
    private static final List<Curve> CURVES = List.of(
            new Curve("a", List.of(new CurvePoint(1, 0.9, 0.88, 0.92), new CurvePoint(3600, 0.85, 0.82, 0.88)), 0.93),
            new Curve("b", List.of(CurvePoint.of(0, 0.95), CurvePoint.of(60, 0.8)), null));

    @Test
    void drawsOneBandedSeriesPerCurveAndOneBaselinePerCurveThatHasOne() {
        XYPlot plot = AccuracyVsTimeChart.build(CURVES, "t").chart().getXYPlot();
        IntervalXYDataset means = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(2, means.getSeriesCount());
        assertInstanceOf(DeviationRenderer.class, plot.getRenderer(0));
        assertInstanceOf(TimeLogAxis.class, plot.getDomainAxis());
        assertEquals(0.88, means.getStartYValue(0, 0));
        assertEquals(0.92, means.getEndYValue(0, 0));
        XYDataset baselines = plot.getDataset(1);
        assertEquals(1, baselines.getSeriesCount());
        assertEquals(0.93, baselines.getYValue(0, 0));
        assertEquals(1.0, baselines.getXValue(0, 0));
        assertEquals(3600.0, baselines.getXValue(0, 1));
        assertEquals(plot.getRenderer(0).getSeriesPaint(0), plot.getRenderer(1).getSeriesPaint(0));
        assertEquals(3, plot.getLegendItems().getItemCount(), "two curves and the digital-baseline key");
    }

    @Test
    void csvHoldsExactlyThePlottedPointsAndLeavesOutTimeZero() {
        CsvTable data = AccuracyVsTimeChart.build(CURVES).data();
        assertEquals(List.of("curve", "t_s", "t_label", "mean", "low", "high", "digital_baseline"), data.header());
        assertEquals(List.of(
                List.of("a", 1.0, "1 s", 0.9, 0.88, 0.92, 0.93),
                List.of("a", 3600.0, "1 h", 0.85, 0.82, 0.88, 0.93),
                List.of("b", 60.0, "1 min", 0.8, 0.8, 0.8, Double.NaN)), data.rows());
        assertEquals(1, ((XYDataset) AccuracyVsTimeChart.build(CURVES).chart().getXYPlot().getDataset(0))
                .getItemCount(1));
        assertEquals("b,60.0,1 min,0.8,0.8,0.8,", data.toCsv().lines().toList().get(3));
    }

    @Test
    void rejectsTwoCurvesWithOneName() {
        Curve curve = new Curve("same", List.of(CurvePoint.of(1, 0.9)), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccuracyVsTimeChart.build(Arrays.asList(curve, curve)));
        assertEquals("two curves are named 'same'; names must differ", e.getMessage());
    }
}
