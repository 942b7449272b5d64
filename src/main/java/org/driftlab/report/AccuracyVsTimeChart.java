package org.driftlab.report;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Accuracy against drift time on a log time axis: per curve the mean with markers, a translucent spread band and
 * the digital baseline as a dashed line, all in the curve's colour. Points at t ≤ 0 cannot sit on a log axis and
 * are left out of the chart and its data.
 */
public final class AccuracyVsTimeChart {
    public static final String TIME_LABEL = "time since programming";
    public static final String ACCURACY_LABEL = "accuracy";
    static final List<String> HEADER = List.of("curve", "t_s", "t_label", "mean", "low", "high", "digital_baseline");

    private AccuracyVsTimeChart() {
    }

    public static PlottedChart build(List<Curve> curves) {
        return build(curves, null);
    }

    public static PlottedChart build(List<Curve> curves, String title) {
        requireDistinctNames(curves);
        YIntervalSeriesCollection means = new YIntervalSeriesCollection();
        List<List<Object>> rows = new ArrayList<>();
        double minT = Double.POSITIVE_INFINITY;
        double maxT = Double.NEGATIVE_INFINITY;
        for (Curve curve : curves) {
            YIntervalSeries series = new YIntervalSeries(curve.name(), true, true);
            for (CurvePoint point : curve.points()) {
                if (!(point.t() > 0)) {
                    continue;
                }
                series.add(point.t(), point.mean(), point.low(), point.high());
                double baseline = curve.digitalBaseline() == null ? Double.NaN : curve.digitalBaseline();
                rows.add(List.<Object>of(curve.name(), point.t(), TimeAxisFormat.label(point.t()), point.mean(),
                        point.low(), point.high(), baseline));
                minT = Math.min(minT, point.t());
                maxT = Math.max(maxT, point.t());
            }
            means.addSeries(series);
        }

        TimeLogAxis timeAxis = new TimeLogAxis(TIME_LABEL);
        NumberAxis accuracyAxis = SpacedNumberAxis.percent(ACCURACY_LABEL);
        accuracyAxis.setAutoRangeIncludesZero(false);

        DeviationRenderer meanRenderer = new DeviationRenderer(true, true);
        meanRenderer.setAlpha(ChartStyle.BAND_ALPHA);
        XYPlot plot = new XYPlot(means, timeAxis, accuracyAxis, meanRenderer);

        XYSeriesCollection baselines = new XYSeriesCollection();
        XYLineAndShapeRenderer baselineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < curves.size(); i++) {
            Color colour = ChartStyle.colour(i);
            meanRenderer.setSeriesPaint(i, colour);
            meanRenderer.setSeriesFillPaint(i, colour);
            meanRenderer.setSeriesStroke(i, ChartStyle.LINE);
            meanRenderer.setSeriesShape(i, ChartStyle.MARKER);
            Curve curve = curves.get(i);
            if (curve.digitalBaseline() != null && minT <= maxT) {
                XYSeries baseline = new XYSeries(curve.name() + " (digital)", false, true);
                baseline.add(minT, curve.digitalBaseline());
                baseline.add(maxT, curve.digitalBaseline());
                int index = baselines.getSeriesCount();
                baselines.addSeries(baseline);
                baselineRenderer.setSeriesPaint(index, colour);
                baselineRenderer.setSeriesStroke(index, ChartStyle.DASHED);
                baselineRenderer.setSeriesVisibleInLegend(index, false);
            }
        }
        if (baselines.getSeriesCount() > 0) {
            plot.setDataset(1, baselines);
            plot.setRenderer(1, baselineRenderer);
        }
        ChartStyle.style(plot);
        plot.setFixedLegendItems(legend(plot, curves.size(), baselines.getSeriesCount() > 0));
        return new PlottedChart(ChartStyle.chart(title, plot, true), new CsvTable(HEADER, rows));
    }

    private static LegendItemCollection legend(XYPlot plot, int curveCount, boolean withBaseline) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < curveCount; i++) {
            items.add(plot.getRenderer(0).getLegendItem(0, i));
        }
        if (withBaseline) {
            items.add(new LegendItem("digital baseline", null, null, null, new Line2D.Double(-8, 0, 8, 0),
                    ChartStyle.DASHED, ChartStyle.BASELINE));
        }
        return items;
    }

    static void requireDistinctNames(List<Curve> curves) {
        Set<String> names = new HashSet<>();
        for (Curve curve : curves) {
            if (!names.add(curve.name())) {
                throw new IllegalArgumentException("two curves are named '" + curve.name() + "'; names must differ");
            }
        }
    }
}
