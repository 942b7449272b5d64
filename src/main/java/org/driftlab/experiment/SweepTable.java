package org.driftlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;
import org.driftlab.report.HeatmapData;
import org.driftlab.report.LayerScore;
import org.driftlab.report.Sweep1d;

/**
 * A sweep folder's results read back (results.json at its root): the swept keys, the drift times and, per finished
 * point, its values and its accuracy with drift compensation. It arranges them for the sweep figures and finds the
 * point behind a cell, a value or a layer.
 */
public final class SweepTable {
    /** How the sweep is best drawn. */
    public enum Shape {
        /** two numeric keys: a heatmap per drift time */
        HEATMAP,
        /** one numeric key: accuracy against the value, a line per drift time */
        CURVES,
        /** a layer-sensitivity scan: a bar per layer */
        LAYERS,
        /** anything else (three or more keys, names or booleans): every point's curve over time */
        POINTS
    }

    /** One drift time of a point: the mean and spread over programmings, and the digital accuracy if known. */
    public record Reading(double t, double mean, double std, Double digital) {
    }

    /** One finished point: its index (its folder is points/NNNN), label, key values and readings by time. */
    public record Point(int index, String label, Map<String, JsonNode> values, String analogLayer,
                        List<Reading> readings) {
        public Optional<Reading> at(double t) {
            return readings.stream().filter(r -> r.t() == t).findFirst();
        }
    }

    /** A heatmap's values with the point index behind each cell (-1 where no point finished). */
    public record Grid(HeatmapData data, int[][] points) {
        public Optional<Integer> pointAt(int column, int row) {
            if (row < 0 || row >= points.length || column < 0 || column >= points[row].length
                    || points[row][column] < 0) {
                return Optional.empty();
            }
            return Optional.of(points[row][column]);
        }
    }

    private final Path folder;
    private final List<String> keys;
    private final List<Point> points;
    private final List<Double> times;

    private SweepTable(Path folder, List<String> keys, List<Point> points, List<Double> times) {
        this.folder = folder;
        this.keys = keys;
        this.points = points;
        this.times = times;
    }

    public static SweepTable read(Path folder) throws IOException {
        Path file = folder.resolve(RunFiles.RESULTS_JSON);
        JsonNode results = Files.isRegularFile(file) ? RunWriter.read(file) : null;
        if (results == null || !results.has("keys")) {
            throw new IllegalArgumentException(folder + " is not a sweep folder with results");
        }
        List<String> keys = new ArrayList<>();
        results.get("keys").forEach(k -> keys.add(k.asText()));
        Map<Integer, Point> points = new LinkedHashMap<>();
        TreeSet<Double> times = new TreeSet<>();
        for (JsonNode row : results.path("rows")) {
            if (!row.path("compensated").asBoolean(true)) {
                continue;
            }
            int index = row.get("point").asInt();
            Point point = points.computeIfAbsent(index, i -> new Point(i, row.path("label").asText(),
                    values(row.path("values")), row.hasNonNull("analog_layer") ? row.get("analog_layer").asText() : null,
                    new ArrayList<>()));
            double t = row.get("t").asDouble();
            times.add(t);
            point.readings().add(new Reading(t, row.get("accuracy_mean").asDouble(), row.path("accuracy_std").asDouble(0),
                    row.hasNonNull("digital_accuracy") ? row.get("digital_accuracy").asDouble() : null));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the sweep in " + folder + " has no finished points yet");
        }
        return new SweepTable(folder, List.copyOf(keys), List.copyOf(points.values()), List.copyOf(times));
    }

    private static Map<String, JsonNode> values(JsonNode node) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(values);
    }

    public Path folder() {
        return folder;
    }

    public List<String> keys() {
        return keys;
    }

    public List<Point> points() {
        return points;
    }

    /** The drift times measured, ascending. */
    public List<Double> times() {
        return times;
    }

    public Shape shape() {
        if (points.stream().anyMatch(p -> p.analogLayer() != null)) {
            return Shape.LAYERS;
        }
        boolean numeric = keys.stream().allMatch(this::isNumeric);
        if (numeric && keys.size() == 2) {
            return Shape.HEATMAP;
        }
        return numeric && keys.size() == 1 ? Shape.CURVES : Shape.POINTS;
    }

    /** The folder of a point of this sweep. */
    public Path pointFolder(Point point) {
        return folder.resolve(SweepResults.POINTS).resolve(String.format("%04d", point.index()));
    }

    public Optional<Point> point(int index) {
        return points.stream().filter(p -> p.index() == index).findFirst();
    }

    public Optional<Point> pointLabelled(String label) {
        return points.stream().filter(p -> p.label().equals(label)).findFirst();
    }

    /** The point of a one-key sweep with this value of the key. */
    public Optional<Point> pointWithValue(double value) {
        requireKeys(1);
        return points.stream().filter(p -> number(p.values().get(keys.get(0))) == value).findFirst();
    }

    public Optional<Point> pointOfLayer(String layer) {
        return points.stream().filter(p -> layer.equals(p.analogLayer())).findFirst();
    }

    /** Accuracy at time t over the two keys: the first along x, the second along y. */
    public Grid grid(double t) {
        requireKeys(2);
        requireTime(t);
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (Point p : points) {
            xs.add(number(p.values().get(keys.get(0))));
            ys.add(number(p.values().get(keys.get(1))));
        }
        double[][] values = new double[ys.size()][xs.size()];
        int[][] indices = new int[ys.size()][xs.size()];
        for (int j = 0; j < ys.size(); j++) {
            Arrays.fill(values[j], Double.NaN);
            Arrays.fill(indices[j], -1);
        }
        for (Point p : points) {
            Optional<Reading> reading = p.at(t);
            if (reading.isPresent()) {
                int i = xs.headSet(number(p.values().get(keys.get(0)))).size();
                int j = ys.headSet(number(p.values().get(keys.get(1)))).size();
                values[j][i] = reading.get().mean();
                indices[j][i] = p.index();
            }
        }
        HeatmapData data = new HeatmapData(keys.get(0), keys.get(1), toArray(xs), toArray(ys), values, "accuracy");
        return new Grid(data, indices);
    }

    /** A one-key sweep: each value's accuracy over time. */
    public Sweep1d sweep1d() {
        requireKeys(1);
        String key = keys.get(0);
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> Double.compare(number(a.values().get(key)), number(b.values().get(key))));
        double[] values = sorted.stream().mapToDouble(p -> number(p.values().get(key))).toArray();
        List<Curve> curves = sorted.stream().map(p -> curve(key, p)).toList();
        return new Sweep1d(key, values, curves);
    }

    /** A layer-sensitivity scan's accuracy per layer at time t, in scan order. */
    public List<LayerScore> layerScores(double t) {
        requireTime(t);
        List<LayerScore> scores = new ArrayList<>();
        for (Point p : points) {
            if (p.analogLayer() != null) {
                p.at(t).ifPresent(r -> scores.add(new LayerScore(p.analogLayer(), r.mean(), r.std())));
            }
        }
        if (scores.isEmpty()) {
            throw new IllegalArgumentException(folder + " is not a layer-sensitivity scan (no analog_layer column)");
        }
        return scores;
    }

    /** The digital accuracy recorded at time t, if any point recorded one. */
    public Double digital(double t) {
        return points.stream().map(p -> p.at(t)).flatMap(Optional::stream).map(Reading::digital)
                .filter(d -> d != null).reduce((a, b) -> b).orElse(null);
    }

    /** Every point's accuracy over time, named by its label. */
    public List<Curve> pointCurves() {
        return points.stream().map(p -> curve(p.label(), p)).toList();
    }

    private static Curve curve(String name, Point point) {
        List<CurvePoint> curvePoints = new ArrayList<>();
        Double digital = null;
        for (Reading r : point.readings()) {
            curvePoints.add(CurvePoint.ofStd(r.t(), r.mean(), r.std()));
            digital = r.digital() != null ? r.digital() : digital;
        }
        return new Curve(name, curvePoints, digital);
    }

    private boolean isNumeric(String key) {
        return points.stream().allMatch(p -> p.values().containsKey(key) && p.values().get(key).isNumber());
    }

    private void requireKeys(int count) {
        if (keys.size() != count) {
            throw new IllegalArgumentException(folder + " sweeps " + keys.size() + " keys, not " + count);
        }
        keys.forEach(key -> {
            if (!isNumeric(key)) {
                throw new IllegalArgumentException("the sweep plot needs numeric values; " + key
                        + " takes names or booleans");
            }
        });
    }

    private void requireTime(double t) {
        if (!times.contains(t)) {
            throw new IllegalArgumentException(t + " s is not a drift time of the sweep");
        }
    }

    private static double number(JsonNode value) {
        return value.asDouble();
    }

    private static double[] toArray(TreeSet<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
