package org.driftlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Accuracy with one layer analog at a time: horizontal bars in the given order, ±std error bars, digital line. */
public final class LayerSensitivityChart {
    public static final String LAYER_LABEL = "analog layer";
    static final String SERIES = "accuracy";
    static final List<String> HEADER = List.of("layer", "accuracy_mean", "accuracy_std", "digital_baseline");

    private LayerSensitivityChart() {
    }

    /** digitalBaseline may be null (no marker). */
    public static PlottedChart build(List<LayerScore> scores, Double digitalBaseline, String title) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        List<List<Object>> rows = new ArrayList<>();
        Set<String> layers = new HashSet<>();
        double upper = digitalBaseline == null ? 0 : digitalBaseline;
        for (LayerScore score : scores) {
            if (!layers.add(score.layer())) {
                throw new IllegalArgumentException("layer '" + score.layer() + "' is listed twice");
            }
            dataset.add(score.accuracyMean(), score.accuracyStd(), SERIES, score.layer());
            rows.add(List.<Object>of(score.layer(), score.accuracyMean(), score.accuracyStd(),
                    digitalBaseline == null ? Double.NaN : digitalBaseline));
            upper = Math.max(upper, score.accuracyMean() + Math.abs(score.accuracyStd()));
        }

        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.towardsWhite(ChartStyle.colour(0), 0.25));
        renderer.setErrorIndicatorPaint(ChartStyle.BASELINE);
        renderer.setErrorIndicatorStroke(ChartStyle.THIN_LINE);
        renderer.setItemMargin(0);

        CategoryAxis layerAxis = new CategoryAxis(LAYER_LABEL);
        layerAxis.setCategoryMargin(0.3);
        NumberAxis accuracyAxis = SpacedNumberAxis.percent(AccuracyVsTimeChart.ACCURACY_LABEL);
        accuracyAxis.setRange(0, upper > 0 ? upper * 1.05 : 1);
        CategoryPlot plot = new CategoryPlot(dataset, layerAxis, accuracyAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        if (digitalBaseline != null) {
            plot.addRangeMarker(baselineMarker(digitalBaseline));
        }
        ChartStyle.style(plot);
        return new PlottedChart(ChartStyle.chart(title, plot, false), new CsvTable(HEADER, rows));
    }

    private static ValueMarker baselineMarker(double digitalBaseline) {
        ValueMarker marker = new ValueMarker(digitalBaseline, ChartStyle.BASELINE, ChartStyle.DASHED);
        marker.setLabel("digital " + ValueLabels.percent().format(digitalBaseline));
        marker.setLabelFont(ChartStyle.TICK_FONT);
        marker.setLabelPaint(ChartStyle.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }
}
