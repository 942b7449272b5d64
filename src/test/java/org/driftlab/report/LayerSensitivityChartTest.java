package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

class LayerSensitivityChartTest {
    private static final List<LayerScore> SCORES = List.of(new LayerScore("conv1", 0.9, 0.01),
            new LayerScore("fire2", 0.85, 0.02), new LayerScore("classifier", 0.88, 0.0));

    @Test
    void drawsHorizontalBarsWithErrorBarsInTheGivenOrderAndTheDigitalLine() {
        CategoryPlot plot = LayerSensitivityChart.build(SCORES, 0.93, null).chart().getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        StatisticalCategoryDataset dataset = (StatisticalCategoryDataset) plot.getDataset();
        assertEquals(1, dataset.getRowCount());
        assertEquals(List.of("conv1", "fire2", "classifier"), dataset.getColumnKeys());
        assertEquals(0.02, dataset.getStdDevValue(0, 1).doubleValue());
        List<?> markers = List.copyOf(plot.getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size());
        assertEquals(0.93, ((ValueMarker) markers.get(0)).getValue());
        assertEquals("digital 93%", ((Marker) markers.get(0)).getLabel());
    }

    @Test
    void csvHoldsOneRowPerLayer() {
        CsvTable data = LayerSensitivityChart.build(SCORES, 0.93, null).data();
        assertEquals(List.of("layer", "accuracy_mean", "accuracy_std", "digital_baseline"), data.header());
        assertEquals(List.of(List.of("conv1", 0.9, 0.01, 0.93), List.of("fire2", 0.85, 0.02, 0.93),
                List.of("classifier", 0.88, 0.0, 0.93)), data.rows());
    }

    @Test
    void withoutABaselineThereIsNoMarker() {
        CategoryPlot plot = LayerSensitivityChart.build(SCORES, null, null).chart().getCategoryPlot();
        assertEquals(null, plot.getRangeMarkers(Layer.FOREGROUND));
    }

    @Test
    void rejectsALayerListedTwice() {
        assertThrows(IllegalArgumentException.class, () -> LayerSensitivityChart.build(
                List.of(new LayerScore("a", 0.9, 0), new LayerScore("a", 0.8, 0)), null, null));
    }
}
