package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class SweepCurvesChartTest {
    private static final Sweep1d SWEEP = new Sweep1d("noise_model.g_max", new double[] {10, 25},
            List.of(new Curve("10", List.of(CurvePoint.of(1, 0.9), CurvePoint.ofStd(3600, 0.8, 0.01)), 0.95),
                    new Curve("25", List.of(CurvePoint.of(1, 0.92), CurvePoint.of(3600, 0.85)), 0.95)));

    @Test
    void drawsOneLinePerDriftTimeAgainstTheSweptValue() {
        XYPlot plot = SweepCurvesChart.build(SWEEP, null).chart().getXYPlot();
        XYDataset lines = plot.getDataset(0);
        assertEquals(2, lines.getSeriesCount());
        assertEquals("1 s", lines.getSeriesKey(0));
        assertEquals("1 h", lines.getSeriesKey(1));
        assertEquals(25.0, lines.getXValue(1, 1));
        assertEquals(0.85, lines.getYValue(1, 1));
        assertEquals(1, plot.getDataset(1).getSeriesCount(), "the digital baseline");
        assertInstanceOf(NumberAxis.class, plot.getDomainAxis());
        assertEquals("noise_model.g_max", plot.getDomainAxis().getLabel());
    }

    @Test
    void csvHoldsOneRowPerDriftTimeAndSweptValue() {
        CsvTable data = SweepCurvesChart.build(SWEEP, null).data();
        assertEquals(List.of("noise_model.g_max", "t_s", "t_label", "mean", "low", "high", "digital_baseline"),
                data.header());
        assertEquals(List.of(
                List.of(10.0, 1.0, "1 s", 0.9, 0.9, 0.9, 0.95),
                List.of(25.0, 1.0, "1 s", 0.92, 0.92, 0.92, 0.95),
                List.of(10.0, 3600.0, "1 h", 0.8, 0.8 - 0.01, 0.8 + 0.01, 0.95),
                List.of(25.0, 3600.0, "1 h", 0.85, 0.85, 0.85, 0.95)), data.rows());
    }

    @Test
    void usesALogAxisWhenTheValuesSpanMoreThanTwoDecades() {
        assertTrue(SweepCurvesChart.isLogScale(new double[] {1e-3, 1}));
        assertFalse(SweepCurvesChart.isLogScale(new double[] {1, 100}));
        assertFalse(SweepCurvesChart.isLogScale(new double[] {0, 1000}));
        assertInstanceOf(LogAxis.class, SweepCurvesChart.build(SampleData.sweep(), null).chart().getXYPlot()
                .getDomainAxis());
    }
}
