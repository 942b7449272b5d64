package org.driftlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.driftlab.config.Durations;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;
import org.driftlab.report.HeatmapData;
import org.driftlab.report.LayerScore;
import org.driftlab.report.LayerSensitivityChart;
import org.driftlab.report.PlottedChart;
import org.driftlab.report.Sweep1d;
import org.driftlab.report.SweepCurvesChart;
import org.driftlab.report.SweepHeatmapChart;

/** Sweep figures from a sweep folder's results: a heatmap (two keys), curves (one key) or layer bars. */
final class SweepPlots {
    private SweepPlots() {
    }

    static PlottedChart sweep(Path folder, String time) throws Exception {
        JsonNode results = results(folder);
        List<String> keys = new ArrayList<>();
        results.get("keys").forEach(k -> keys.add(k.asText()));
        List<JsonNode> rows = compensatedRows(results);
        if (keys.size() == 2) {
            double t = chosenTime(rows, time);
            TreeSet<Double> xs = new TreeSet<>();
            TreeSet<Double> ys = new TreeSet<>();
            rows.forEach(r -> {
                xs.add(number(r.get("values").get(keys.get(0))));
                ys.add(number(r.get("values").get(keys.get(1))));
            });
            double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
            double[][] values = new double[y.length][x.length];
            for (double[] row : values) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            for (JsonNode r : rows) {
                if (r.get("t").asDouble() == t) {
                    int i = xs.headSet(number(r.get("values").get(keys.get(0)))).size();
                    int j = ys.headSet(number(r.get("values").get(keys.get(1)))).size();
                    values[j][i] = r.get("accuracy_mean").asDouble();
                }
            }
            return SweepHeatmapChart.build(new HeatmapData(keys.get(0), keys.get(1), x, y, values, "accuracy"),
                    "Accuracy at " + Durations.format(t));
        }
        if (keys.size() == 1) {
            Map<Double, Map<Double, JsonNode>> byValue = new TreeMap<>();
            rows.forEach(r -> byValue.computeIfAbsent(number(r.get("values").get(keys.get(0))), v -> new TreeMap<>())
                    .put(r.get("t").asDouble(), r));
            double[] values = byValue.keySet().stream().mapToDouble(Double::doubleValue).toArray();
            List<Curve> curves = new ArrayList<>();
            for (Map<Double, JsonNode> perTime : byValue.values()) {
                List<CurvePoint> points = new ArrayList<>();
                Double digital = null;
                for (JsonNode r : perTime.values()) {
                    double mean = r.get("accuracy_mean").asDouble();
                    double std = r.get("accuracy_std").asDouble();
                    points.add(new CurvePoint(r.get("t").asDouble(), mean, mean - std, mean + std));
                    digital = r.hasNonNull("digital_accuracy") ? r.get("digital_accuracy").asDouble() : digital;
                }
                curves.add(new Curve(keys.get(0), points, digital));
            }
            return SweepCurvesChart.build(new Sweep1d(keys.get(0), values, curves), "Accuracy against " + keys.get(0));
        }
        throw new IllegalArgumentException(folder + " sweeps " + keys.size() + " keys; the sweep plot shows one"
                + " (curves) or two (heatmap). Plot its points with accuracy-vs-time: " + folder.resolve("points/*"));
    }

    static PlottedChart layerSensitivity(Path folder, String time) throws Exception {
        List<JsonNode> rows = compensatedRows(results(folder));
        double t = chosenTime(rows, time);
        Map<String, LayerScore> scores = new LinkedHashMap<>();
        Double digital = null;
        for (JsonNode r : rows) {
            if (r.get("t").asDouble() == t && r.hasNonNull("analog_layer")) {
                String layer = r.get("analog_layer").asText();
                scores.put(layer, new LayerScore(layer, r.get("accuracy_mean").asDouble(), r.get("accuracy_std").asDouble()));
                digital = r.hasNonNull("digital_accuracy") ? r.get("digital_accuracy").asDouble() : digital;
            }
        }
        if (scores.isEmpty()) {
            throw new IllegalArgumentException(folder + " is not a layer-sensitivity scan (no analog_layer column)");
        }
        return LayerSensitivityChart.build(new ArrayList<>(scores.values()), digital,
                "One layer analog at a time, " + Durations.format(t) + " after programming");
    }

    private static JsonNode results(Path folder) throws Exception {
        Path file = folder.resolve(RunFiles.RESULTS_JSON);
        if (!Files.isRegularFile(file) || !RunWriter.read(file).has("keys")) {
            throw new IllegalArgumentException(folder + " is not a sweep folder with results");
        }
        return RunWriter.read(file);
    }

    private static List<JsonNode> compensatedRows(JsonNode results) {
        List<JsonNode> rows = new ArrayList<>();
        results.get("rows").forEach(r -> {
            if (r.get("compensated").asBoolean()) {
                rows.add(r);
            }
        });
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the sweep has no finished points yet");
        }
        return rows;
    }

    private static double chosenTime(List<JsonNode> rows, String time) {
        TreeSet<Double> times = new TreeSet<>();
        rows.forEach(r -> times.add(r.get("t").asDouble()));
        if (time == null) {
            return times.last();
        }
        double wanted = Durations.parse(time);
        if (!times.contains(wanted)) {
            throw new IllegalArgumentException("--time " + time + " is not a time of the sweep; its times: "
                    + String.join(", ", times.stream().map(Durations::format).toList()));
        }
        return wanted;
    }

    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        throw new IllegalArgumentException("the sweep plot needs numeric values; " + value + " is not one");
    }
}
