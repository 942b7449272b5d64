package org.driftlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Histograms over drift time. The ridgeline view stacks one filled outline per time (earliest on top, later ones in
 * front), all scaled by one count so heights compare across times: the largest count, unless one bin towers over
 * all others (as the devices held at 0 µS by the pair converter do), in which case that bin is cut at the ridge
 * height and the rest is scaled by the largest of the other bins. The overlay view draws the histograms of one time
 * over each other, on a count axis that ends just above the same cut. The CSV data keep the true counts.
 */
public final class HistogramRidgelineChart {
    /** How tall the tallest ridge is, in units of the vertical offset between ridges (> 1 overlaps). */
    static final double RIDGE_HEIGHT = 1.5;
    /** A bin more than this many times taller than every other bin is cut at the ridge height. */
    static final double SPIKE_FACTOR = 3;
    static final List<String> RIDGELINE_HEADER =
            List.of("t_s", "t_label", "bin_low", "bin_high", "count", "baseline", "top");
    static final List<String> OVERLAY_HEADER = List.of("histogram", "bin_low", "bin_high", "count");

    private HistogramRidgelineChart() {
    }

    /** One ridge per snapshot, of the histogram labelled histogramLabel (also the x-axis label). */
    public static PlottedChart ridgeline(List<HistogramSnapshot> snapshots, String histogramLabel, String title) {
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException("a ridgeline needs at least one snapshot");
        }
        List<Histogram> histograms = snapshots.stream().map(s -> s.histogram(histogramLabel)).toList();
        long fullHeight = fullHeightCount(histograms);
        double countScale = fullHeight == 0 ? 0 : RIDGE_HEIGHT / fullHeight;
        int ridges = snapshots.size();

        String[] timeLabels = new String[ridges];
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(quantityAxis(histogramLabel));
        // Drawn top ridge first, so that each ridge covers the lines of those behind it.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ridges; i++) {
            double t = snapshots.get(i).t();
            String timeLabel = TimeAxisFormat.label(t);
            int baseline = ridges - 1 - i;
            timeLabels[baseline] = timeLabel;
            Histogram histogram = histograms.get(i);
            YIntervalSeries outline = stepOutline(timeLabel, histogram, baseline, countScale, fullHeight);
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            dataset.addSeries(outline);
            plot.setDataset(i, dataset);
            Color colour = ChartStyle.sequential(i, ridges);
            plot.setRenderer(i, ridgeRenderer(colour));
            for (int bin = 0; bin < histogram.counts().length; bin++) {
                rows.add(List.<Object>of(t, timeLabel, histogram.edges()[bin], histogram.edges()[bin + 1],
                        histogram.counts()[bin], (double) baseline,
                        baseline + Math.min(histogram.counts()[bin], fullHeight) * countScale));
            }
        }
        SymbolAxis timeAxis = new SymbolAxis(AccuracyVsTimeChart.TIME_LABEL, timeLabels);
        timeAxis.setGridBandsVisible(false);
        timeAxis.setTickMarksVisible(false);
        timeAxis.setAutoRange(false);
        timeAxis.setRange(-0.15, ridges - 1 + RIDGE_HEIGHT + 0.1);
        plot.setRangeAxis(timeAxis);
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        // Each ridge's outline already draws its baseline; grid lines would also mark the empty symbol above the top.
        plot.setRangeGridlinesVisible(false);
        return new PlottedChart(ChartStyle.chart(title, plot, false), new CsvTable(RIDGELINE_HEADER, rows));
    }

    /** All histograms of one snapshot drawn over each other with translucent fills. */
    public static PlottedChart overlay(HistogramSnapshot snapshot, String xLabel, String title) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.25f);
        List<List<Object>> rows = new ArrayList<>();
        long cap = fullHeightCount(snapshot.histograms());
        for (int i = 0; i < snapshot.histograms().size(); i++) {
            Histogram histogram = snapshot.histograms().get(i);
            dataset.addSeries(stepOutline(histogram.label(), histogram, 0, 1, cap));
            Color colour = ChartStyle.colour(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, ChartStyle.THIN_LINE);
            for (int bin = 0; bin < histogram.counts().length; bin++) {
                rows.add(List.<Object>of(histogram.label(), histogram.edges()[bin], histogram.edges()[bin + 1],
                        histogram.counts()[bin]));
            }
        }
        NumberAxis countAxis = new SpacedNumberAxis("count");
        if (cap < tallestCount(snapshot.histograms())) {
            countAxis.setLabel("count (a towering bin cut at the top)");
            countAxis.setRange(0, cap * 1.05);
        }
        XYPlot plot = new XYPlot(dataset, quantityAxis(xLabel), countAxis, renderer);
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        String shownTitle = title != null ? title : "t = " + TimeAxisFormat.label(snapshot.t());
        return new PlottedChart(ChartStyle.chart(shownTitle, plot, true), new CsvTable(OVERLAY_HEADER, rows));
    }

    private static NumberAxis quantityAxis(String label) {
        NumberAxis axis = new SpacedNumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** The count drawn at the full ridge height (see the class comment). */
    static long fullHeightCount(List<Histogram> histograms) {
        long tallest = 0;
        long others = 0;
        for (Histogram histogram : histograms) {
            long[] sorted = histogram.counts().clone();
            Arrays.sort(sorted);
            tallest = Math.max(tallest, sorted[sorted.length - 1]);
            others = Math.max(others, sorted.length > 1 ? sorted[sorted.length - 2] : 0);
        }
        return others > 0 && tallest > SPIKE_FACTOR * others ? others : tallest;
    }

    private static long tallestCount(List<Histogram> histograms) {
        return histograms.stream().flatMapToLong(h -> Arrays.stream(h.counts())).max().orElse(0);
    }

    /**
     * The histogram's step outline from baseline up to baseline + min(count, cap)·scale and back, closed at both
     * ends.
     */
    private static YIntervalSeries stepOutline(String key, Histogram histogram, double baseline, double scale,
                                               long cap) {
        YIntervalSeries outline = new YIntervalSeries(key, false, true);
        double[] edges = histogram.edges();
        long[] counts = histogram.counts();
        outline.add(edges[0], baseline, baseline, baseline);
        for (int bin = 0; bin < counts.length; bin++) {
            double top = baseline + Math.min(counts[bin], cap) * scale;
            outline.add(edges[bin], top, baseline, top);
            outline.add(edges[bin + 1], top, baseline, top);
        }
        outline.add(edges[edges.length - 1], baseline, baseline, baseline);
        return outline;
    }

    private static DeviationRenderer ridgeRenderer(Color colour) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(1.0f);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesFillPaint(0, ChartStyle.towardsWhite(colour, 0.55));
        renderer.setSeriesStroke(0, ChartStyle.THIN_LINE);
        return renderer;
    }
}
