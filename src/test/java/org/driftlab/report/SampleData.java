package org.driftlab.report;

import static org.driftlab.report.TimeAxisFormat.DAY;
import static org.driftlab.report.TimeAxisFormat.HOUR;
import static org.driftlab.report.TimeAxisFormat.YEAR;

import java.util.ArrayList;
import java.util.List;

/** Small, realistic-looking inputs for every chart kind. */
final class SampleData {
    static final double[] TIMES = {1, 60, HOUR, DAY, 7 * DAY, 30 * DAY, YEAR};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private SampleData() {
    }

    static List<Curve> accuracyCurves() {
        return List.of(curve("inference_default", 0.912, 0.010, 0.91), curve("standard_hwa_training", 0.905, 0.004,
                0.92), curve("physical PCM", 0.90, 0.008, null));
    }

    private static Curve curve(String name, double start, double lossPerDecade, Double baseline) {
        List<CurvePoint> points = new ArrayList<>();
        for (double t : TIMES) {
            double mean = start - lossPerDecade * Math.log10(t);
            points.add(CurvePoint.ofStd(t, mean, 0.004 + 0.0015 * Math.log10(t)));
        }
        return new Curve(name, points, baseline);
    }

    static List<HistogramSnapshot> conductanceSnapshots() {
        double[] edges = new double[41];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = 25.0 * i / (edges.length - 1);
        }
        List<HistogramSnapshot> snapshots = new ArrayList<>();
        double[] times = {1, HOUR, DAY, 30 * DAY, YEAR};
        for (double t : times) {
            double shrink = Math.pow(t, -0.05);
            snapshots.add(new HistogramSnapshot(t, List.of(
                    histogram("G+ (µS)", edges, 14.0 * shrink, 3.0 * shrink),
                    histogram("G- (µS)", edges, 9.0 * shrink, 4.0 * shrink))));
        }
        return snapshots;
    }

    private static Histogram histogram(String label, double[] edges, double centre, double width) {
        long[] counts = new long[edges.length - 1];
        for (int bin = 0; bin < counts.length; bin++) {
            double x = (edges[bin] + edges[bin + 1]) / 2;
            double z = (x - centre) / width;
            counts[bin] = Math.round(5000 * Math.exp(-0.5 * z * z) + 300 * Math.exp(-x));
        }
        return new Histogram(label, edges, counts);
    }

    static HeatmapData heatmap() {
        double[] gMax = {10, 25, 50, 100};
        double[] outNoise = {0, 0.02, 0.04, 0.06, 0.1};
        double[][] values = new double[outNoise.length][gMax.length];
        for (int y = 0; y < outNoise.length; y++) {
            for (int x = 0; x < gMax.length; x++) {
                values[y][x] = 0.92 - 0.6 * outNoise[y] - 0.02 * Math.log10(100 / gMax[x]);
            }
        }
        values[4][0] = Double.NaN;
        return new HeatmapData("noise_model.g_max", "forward.out_noise", gMax, outNoise, values, "accuracy at 1 d");
    }

    static Sweep1d sweep() {
        double[] inpRes = {1.0 / 16, 1.0 / 64, 1.0 / 254, 1.0 / 1024, 1.0 / 4096};
        List<Curve> curves = new ArrayList<>();
        for (double res : inpRes) {
            List<CurvePoint> points = new ArrayList<>();
            for (double t : new double[] {1, HOUR, DAY, YEAR}) {
                double mean = 0.92 - 0.5 * res - 0.006 * Math.log10(t);
                points.add(CurvePoint.ofStd(t, mean, 0.005));
            }
            curves.add(new Curve("inp_res " + res, points, 0.925));
        }
        return new Sweep1d("forward.inp_res", inpRes, curves);
    }

    static List<LayerScore> layerScores() {
        return List.of(new LayerScore("features.0 (conv)", 0.905, 0.006), new LayerScore("fire2.squeeze", 0.911,
                0.004), new LayerScore("fire2.expand3x3", 0.902, 0.007), new LayerScore("fire9.expand3x3", 0.884,
                0.011), new LayerScore("classifier.1 (conv)", 0.861, 0.015));
    }

    static List<PlottedChart> everyChartKind() {
        return List.of(
                AccuracyVsTimeChart.build(accuracyCurves(), "Accuracy after programming"),
                HistogramRidgelineChart.ridgeline(conductanceSnapshots(), "G+ (µS)", "fire9.expand3x3: G+ over time"),
                HistogramRidgelineChart.overlay(conductanceSnapshots().get(2), "conductance (µS)", null),
                SweepHeatmapChart.build(heatmap(), "Accuracy at 1 d"),
                SweepCurvesChart.build(sweep(), "Input resolution"),
                LayerSensitivityChart.build(layerScores(), 0.92, "One layer analog at a time, 1 d"));
    }

    static List<String> everyChartKindName() {
        return List.of("accuracy-vs-time", "histogram-ridgeline", "histogram-overlay", "sweep-heatmap",
                "sweep-curves", "layer-sensitivity");
    }
}
