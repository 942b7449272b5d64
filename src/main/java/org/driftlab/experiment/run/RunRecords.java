package org.driftlab.experiment.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;

/** Reads what a run folder holds back into results: its record, its accuracy curves, its histogram snapshots. */
public final class RunRecords {
    private RunRecords() {
    }

    /** run.json; a folder without one is not a run. */
    public static JsonNode readRun(Path folder) throws IOException {
        Path file = folder.resolve(RunFiles.RUN);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(folder + " is not a run folder (it has no " + RunFiles.RUN + ")");
        }
        return RunWriter.read(file);
    }

    /** What the history shows of a run; never throws: an unreadable record gives an "unreadable" summary. */
    public static RunSummary summary(Path folder) {
        JsonNode run;
        try {
            run = readRun(folder);
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new RunSummary(folder, RunSummary.UNREADABLE, lastModified(folder), "", folder.getFileName()
                    .toString(), "", "", RunFiles.RUN + " cannot be read: " + reason);
        }
        return new RunSummary(folder, run.path("status").asText("unknown"), instant(run.path("started").asText()),
                run.path("kind").asText(), run.path("name").asText(folder.getFileName().toString()),
                run.path("model").asText(), settingsSummary(run), null);
    }

    /** The parts of a run record that say how it was run (not its timings or results), for comparing runs. */
    public static ObjectNode settings(JsonNode run) {
        ObjectNode settings = RunWriter.JSON.createObjectNode();
        for (String key : List.of("kind", "model", "dataset", "split", "limit", "repetitions", "seed", "times",
                "config")) {
            if (run.has(key)) {
                settings.set(key, run.get(key));
            }
        }
        return settings;
    }

    private static String settingsSummary(JsonNode run) {
        List<String> parts = new ArrayList<>();
        JsonNode experiment = run.path("experiment");
        JsonNode rpu = experiment.path("rpu");
        if (rpu.hasNonNull("preset")) {
            parts.add("preset " + rpu.get("preset").asText() + (rpu.size() > 1 ? " (changed)" : ""));
        } else if (experiment.hasNonNull("rpu_file")) {
            parts.add("config " + experiment.get("rpu_file").asText());
        } else if (rpu.isObject() && rpu.size() > 0) {
            parts.add("custom config");
        } else {
            parts.add("default config");
        }
        if (run.has("repetitions")) {
            parts.add(run.get("repetitions").asInt() + " reps");
        }
        if (run.has("limit")) {
            parts.add(run.get("limit").asInt() > 0 ? "limit " + run.get("limit").asInt() : "all images");
        }
        if (run.has("points")) {
            parts.add(run.get("points").asInt() + " points");
        }
        return String.join(", ", parts);
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant lastModified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    public static boolean hasResults(Path folder) {
        return Files.isRegularFile(folder.resolve(RunFiles.RESULTS_JSON));
    }

    /**
     * The run's accuracy curves (mean ± std over programmings): one with drift compensation and, where recorded,
     * one without, named "name" and "name (no compensation)".
     */
    public static List<Curve> curves(Path folder, String name) throws IOException {
        Path results = folder.resolve(RunFiles.RESULTS_JSON);
        if (!Files.isRegularFile(results)) {
            throw new IllegalArgumentException(folder + " has no results yet (" + RunFiles.RESULTS_JSON + ")");
        }
        Map<Boolean, List<CurvePoint>> byCompensation = new TreeMap<>();
        Double digital = null;
        for (JsonNode row : RunWriter.read(results).path("rows")) {
            double mean = row.get("accuracy_mean").asDouble();
            double std = row.path("accuracy_std").asDouble(0);
            byCompensation.computeIfAbsent(row.path("compensated").asBoolean(true), k -> new ArrayList<>())
                    .add(CurvePoint.ofStd(row.get("t").asDouble(), mean, std));
            if (row.hasNonNull("digital_accuracy")) {
                digital = row.get("digital_accuracy").asDouble();
            }
        }
        List<Curve> curves = new ArrayList<>();
        for (Map.Entry<Boolean, List<CurvePoint>> entry : byCompensation.entrySet()) {
            curves.add(new Curve(entry.getKey() ? name : name + " (no compensation)", entry.getValue(),
                    entry.getKey() ? digital : null));
        }
        return curves;
    }

    /** The histogram snapshots the run recorded, by time; empty when it recorded none. */
    public static List<LayerHistograms.Snapshot> histograms(Path folder) throws IOException {
        Path histograms = folder.resolve(RunFiles.HISTOGRAMS);
        if (!Files.isDirectory(histograms)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(histograms)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
        List<LayerHistograms.Snapshot> snapshots = new ArrayList<>();
        for (Path file : files) {
            JsonNode snapshot = RunWriter.read(file);
            List<LayerHistograms.Layer> layers = new ArrayList<>();
            for (JsonNode layer : snapshot.path("layers")) {
                List<LayerHistograms.Quantity> quantities = new ArrayList<>();
                for (Iterator<JsonNode> it = layer.path("quantities").elements(); it.hasNext(); ) {
                    JsonNode q = it.next();
                    quantities.add(new LayerHistograms.Quantity(q.get("name").asText(), doubles(q.get("edges")),
                            longs(q.get("counts")), q.path("mean").asDouble(), q.path("std").asDouble(),
                            q.path("min").asDouble(), q.path("max").asDouble()));
                }
                layers.add(new LayerHistograms.Layer(layer.get("layer").asText(), quantities));
            }
            snapshots.add(new LayerHistograms.Snapshot(snapshot.get("t").asDouble(), layers));
        }
        snapshots.sort((a, b) -> Double.compare(a.t(), b.t()));
        return snapshots;
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asLong();
        }
        return values;
    }
}
