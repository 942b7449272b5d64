package org.driftlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.driftlab.AtomicFiles;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;

/**
 * The table of a sweep: a row per finished point and time, gathered from the point folders (points/NNNN) into
 * results.json and results.csv at the sweep's root. Used while a sweep runs and when shards are merged.
 */
public final class SweepResults {
    public static final String POINTS = "points";
    public static final String POINT = "point.json";

    private SweepResults() {
    }

    /** The folders of the points that finished (their run.json says completed), in point order. */
    public static List<Path> completedPoints(Path sweep) throws IOException {
        Path points = sweep.resolve(POINTS);
        if (!Files.isDirectory(points)) {
            return List.of();
        }
        List<Path> done = new ArrayList<>();
        try (Stream<Path> children = Files.list(points)) {
            for (Path point : children.sorted().toList()) {
                if (isCompleted(point)) {
                    done.add(point);
                }
            }
        }
        return done;
    }

    public static boolean isCompleted(Path point) throws IOException {
        Path run = point.resolve(RunFiles.RUN);
        return Files.isRegularFile(run) && Files.isRegularFile(point.resolve(POINT))
                && "completed".equals(RunWriter.read(run).path("status").asText());
    }

    public static void write(Path sweep) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path point : completedPoints(sweep)) {
            JsonNode description = RunWriter.read(point.resolve(POINT));
            JsonNode results = RunWriter.read(point.resolve(RunFiles.RESULTS_JSON));
            description.get("values").fieldNames().forEachRemaining(k -> {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            });
            for (JsonNode result : results.get("rows")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("point", description.get("index").asInt());
                row.put("label", description.get("label").asText());
                row.put("values", RunWriter.JSON.convertValue(description.get("values"), Map.class));
                row.put("analog_layer", description.path("analog_layer").isNull() ? null
                        : description.path("analog_layer").asText(null));
                RunWriter.JSON.convertValue(result, Map.class).forEach((k, v) -> row.put((String) k, v));
                rows.add(row);
            }
        }
        AtomicFiles.write(sweep.resolve(RunFiles.RESULTS_JSON),
                RunWriter.JSON.writeValueAsString(Map.of("keys", keys, "rows", rows)));
        AtomicFiles.write(sweep.resolve(RunFiles.RESULTS_CSV), csv(keys, rows));
    }

    @SuppressWarnings("unchecked")
    private static String csv(List<String> keys, List<Map<String, Object>> rows) {
        List<String> columns = List.of("t", "t_label", "compensated", "n", "accuracy_mean", "accuracy_std",
                "accuracy_ci95_low", "accuracy_ci95_high", "loss_mean", "precision_mean", "recall_mean", "f1_mean",
                "digital_accuracy");
        StringBuilder out = new StringBuilder("point");
        keys.forEach(k -> out.append(',').append(k));
        out.append(",analog_layer");
        columns.forEach(c -> out.append(',').append(c));
        out.append('\n');
        for (Map<String, Object> row : rows) {
            out.append(row.get("point"));
            Map<String, Object> values = (Map<String, Object>) row.get("values");
            keys.forEach(k -> out.append(',').append(cell(values.get(k))));
            out.append(',').append(cell(row.get("analog_layer")));
            columns.forEach(c -> out.append(',').append(c.equals("t")
                    ? DriftJob.seconds(((Number) row.get(c)).doubleValue()) : cell(row.get(c))));
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        String text = value.toString();
        return text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
