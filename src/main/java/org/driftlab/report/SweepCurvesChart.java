package org.driftlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A 1-D sweep as accuracy against the swept value, one line (with its spread band) per drift time, dark to light
 * as time goes on; the digital baseline is a dashed line. The x axis is logarithmic when the positive values span
 * more than two decades.
 */
public final class SweepCurvesChart {
    static final List<String> HEADER_TAIL = List.of("t_s", "t_label", "mean", "low", "high", "digital_baseline");

    private SweepCurvesChart() {
    }

    public static PlottedChart build(Sweep1d sweep, String title) {
        TreeSet<Double> times = new TreeSet<>();
        sweep.curves().forEach(curve -> curve.points().forEach(point -> times.add(point.t())));

        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        List<List<Object>> rows = new ArrayList<>();
        int timeIndex = 0;
        for (double t : times) {
            String timeLabel = TimeAxisFormat.label(t);
            YIntervalSeries series = new YIntervalSeries(timeLabel, true, true);
            for (int i = 0; i < sweep.values().length; i++) {
                Curve curve = sweep.curves().get(i);
                for (CurvePoint point : curve.points()) {
                    if (point.t() == t) {
                        series.add(sweep.values()[i], point.mean(), point.low(), point.high());
                        rows.add(List.<Object>of(sweep.values()[i], t, timeLabel, point.mean(), point.low(),
                                point.high(), baselineOf(curve)));
                    }
                }
            }
            dataset.addSeries(series);
            Color colour = ChartStyle.sequential(timeIndex, times.size());
            renderer.setSeriesPaint(timeIndex, colour);
            renderer.setSeriesFillPaint(timeIndex, colour);
            renderer.setSeriesStroke(timeIndex, ChartStyle.LINE);
            renderer.setSeriesShape(timeIndex, ChartStyle.MARKER);
            timeIndex++;
        }

        NumberAxis accuracyAxis = SpacedNumberAxis.percent(AccuracyVsTimeChart.ACCURACY_LABEL);
        accuracyAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, sweptAxis(sweep), accuracyAxis, renderer);
        addBaseline(plot, sweep);
        ChartStyle.style(plot);
        List<String> header = new ArrayList<>();
        header.add(sweep.key());
        header.addAll(HEADER_TAIL);
        return new PlottedChart(ChartStyle.chart(title, plot, true), new CsvTable(header, rows));
    }

    static boolean isLogScale(double[] values) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        return min > 0 && max / min > 100;
    }

    private static ValueAxis sweptAxis(Sweep1d sweep) {
        if (isLogScale(sweep.values())) {
            LogAxis axis = new LogAxis(sweep.key());
            axis.setMinorTickMarksVisible(false);
            // Whole decades only: the automatic unit would label fractional powers such as 10^-3.6.
            axis.setTickUnit(new NumberTickUnit(1), false, false);
            axis.setAutoTickUnitSelection(false);
            return axis;
        }
        NumberAxis axis = new SpacedNumberAxis(sweep.key());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static double baselineOf(Curve curve) {
        return curve.digitalBaseline() == null ? Double.NaN : curve.digitalBaseline();
    }

    private static void addBaseline(XYPlot plot, Sweep1d sweep) {
        XYSeries baseline = new XYSeries("digital", true, true);
        for (int i = 0; i < sweep.values().length; i++) {
            Double digital = sweep.curves().get(i).digitalBaseline();
            if (digital != null) {
                baseline.add(sweep.values()[i], digital);
            }
        }
        if (baseline.isEmpty()) {
            return;
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.BASELINE);
        renderer.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setDataset(1, new XYSeriesCollection(baseline));
        plot.setRenderer(1, renderer);
    }
}
