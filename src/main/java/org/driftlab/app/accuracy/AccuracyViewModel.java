package org.driftlab.app.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;
import org.driftlab.report.PlottedChart;
import org.jfree.chart.axis.ValueAxis;

/**
 * The curves of the accuracy-versus-time view: live runs gain points as they are computed, recorded runs are read
 * from their folders, and all are overlaid. Events come from the compute thread and the chart is built on the UI
 * thread, so every method is synchronized.
 */
public final class AccuracyViewModel {
    private final Map<String, LiveCurve> curves = new LinkedHashMap<>();
    private String current;
    private double plannedMin = Double.POSITIVE_INFINITY;
    private double plannedMax = Double.NEGATIVE_INFINITY;

    /**
     * Starts a curve for a run that is about to compute; a name already shown gets a number. The planned times
     * fix the time axis, so that points land on a stable chart as they arrive.
     */
    public synchronized void startRun(String name, List<Double> plannedTimes) {
        for (double t : plannedTimes) {
            if (t > 0) {
                plannedMin = Math.min(plannedMin, t);
                plannedMax = Math.max(plannedMax, t);
            }
        }
        startRun(name);
    }

    /** Starts a curve for a run that is about to compute; a name already shown gets a number. */
    public synchronized void startRun(String name) {
        String unique = name;
        for (int i = 2; curves.containsKey(unique) || curves.containsKey(unique + " (no compensation)"); i++) {
            unique = name + " #" + i;
        }
        current = unique;
        curves.put(unique, new LiveCurve());
    }

    public synchronized void digital(Score score) {
        if (current != null) {
            curves.get(current).digital = score.accuracy();
        }
    }

    public synchronized void point(DriftEvaluation.TimePoint point, boolean compensated) {
        if (current == null) {
            return;
        }
        LiveCurve curve = curves.get(current);
        (compensated ? curve.compensated : curve.uncompensated).put(point.t(),
                CurvePoint.ofStd(point.t(), point.accuracy().mean(), point.accuracy().std()));
    }

    /** Adds a recorded run's curves (read from its folder); returns their names. */
    public List<String> addRecorded(Path folder, String name) throws IOException {
        List<Curve> recorded = RunRecords.curves(folder, name);
        synchronized (this) {
            List<String> names = new ArrayList<>();
            for (Curve curve : recorded) {
                if (curve.name().endsWith(" (no compensation)")) {
                    continue;
                }
                LiveCurve live = new LiveCurve();
                live.digital = curve.digitalBaseline();
                curve.points().forEach(p -> live.compensated.put(p.t(), p));
                recorded.stream().filter(c -> c.name().equals(curve.name() + " (no compensation)")).findFirst()
                        .ifPresent(c -> c.points().forEach(p -> live.uncompensated.put(p.t(), p)));
                curves.remove(curve.name());
                curves.put(curve.name(), live);
                names.add(curve.name());
            }
            return names;
        }
    }

    public synchronized void clear() {
        curves.clear();
        current = null;
        plannedMin = Double.POSITIVE_INFINITY;
        plannedMax = Double.NEGATIVE_INFINITY;
    }

    public synchronized int pointCount() {
        return curves.values().stream().mapToInt(c -> c.compensated.size() + c.uncompensated.size()).sum();
    }

    public synchronized List<Curve> curves() {
        List<Curve> list = new ArrayList<>();
        curves.forEach((name, curve) -> {
            if (!curve.compensated.isEmpty()) {
                list.add(new Curve(name, new ArrayList<>(curve.compensated.values()), curve.digital));
            }
            if (!curve.uncompensated.isEmpty()) {
                list.add(new Curve(name + " (no compensation)", new ArrayList<>(curve.uncompensated.values()),
                        null));
            }
        });
        return list;
    }

    /** The chart of all curves, or null while there is no point to plot. */
    public PlottedChart chart() {
        List<Curve> list = curves();
        if (list.isEmpty()) {
            return null;
        }
        PlottedChart plotted = AccuracyVsTimeChart.build(list,
                "Accuracy after programming (mean ± std over programmings)");
        double[] range = timeRange(list);
        if (range[0] < range[1]) {
            ValueAxis axis = plotted.chart().getXYPlot().getDomainAxis();
            axis.setRange(range[0] / 1.5, range[1] * 1.5);
        }
        return plotted;
    }

    /** The planned times of live runs joined with the times of every point. */
    private synchronized double[] timeRange(List<Curve> list) {
        double low = plannedMin;
        double high = plannedMax;
        for (Curve curve : list) {
            for (CurvePoint point : curve.points()) {
                if (point.t() > 0) {
                    low = Math.min(low, point.t());
                    high = Math.max(high, point.t());
                }
            }
        }
        return new double[] {low, high};
    }

    private static final class LiveCurve {
        final Map<Double, CurvePoint> compensated = new TreeMap<>();
        final Map<Double, CurvePoint> uncompensated = new TreeMap<>();
        Double digital;
    }
}
