package org.driftlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftlab.config.Durations;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.ChartExport;
import org.driftlab.report.ChartFormat;
import org.driftlab.report.HistogramRidgelineChart;
import org.driftlab.report.HistogramSnapshot;
import org.driftlab.report.PlottedChart;

/**
 * Every figure of a run, for "export all figures": accuracy against drift time; for a drift run that recorded
 * histograms, a ridgeline per layer and quantity (in histograms/); for a sweep, its heatmap, curves or layer bars
 * per drift time. Each is written as PNG, SVG and PDF, with its data as CSV.
 */
public final class RunFigures {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;
    public static final double SCALE = 2;

    /** A figure and its file name without extension (it may name a subfolder). */
    public record Figure(String name, PlottedChart chart) {
    }

    private RunFigures() {
    }

    /** The run's figures; a run with nothing to draw yet is an error that says so. */
    public static List<Figure> of(Path run) throws IOException {
        JsonNode record = RunRecords.readRun(run);
        List<Figure> figures = new ArrayList<>();
        if ("sweep".equals(record.path("kind").asText())) {
            addSweep(run, figures);
        } else {
            addDrift(run, record, figures);
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException(run + " has no results to draw yet");
        }
        return figures;
    }

    /** Writes every figure in every format into the folder; returns the files written. */
    public static List<Path> exportAll(Path run, Path folder, JobListener listener, Cancellation cancellation)
            throws IOException {
        List<Figure> figures = of(run);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            cancellation.throwIfCancelled();
            Figure figure = figures.get(i);
            for (ChartFormat format : ChartFormat.values()) {
                Path file = folder.resolve(figure.name() + "." + format.extension());
                Files.createDirectories(file.getParent());
                ChartExport.write(figure.chart(), file, format, WIDTH, HEIGHT, SCALE);
                written.add(file);
            }
            listener.progress(new JobProgress("export", i + 1, figures.size(), Map.of()));
        }
        return written;
    }

    private static void addDrift(Path run, JsonNode record, List<Figure> figures) throws IOException {
        if (RunRecords.hasResults(run)) {
            figures.add(new Figure("accuracy-vs-time", AccuracyVsTimeChart.build(
                    RunRecords.curves(run, record.path("name").asText(run.getFileName().toString())),
                    "Accuracy after programming (mean ± std over programmings)")));
        }
        List<LayerHistograms.Snapshot> snapshots = RunRecords.histograms(run);
        if (snapshots.isEmpty()) {
            return;
        }
        for (LayerHistograms.Layer layer : snapshots.get(0).layers()) {
            List<HistogramSnapshot> overTime = snapshots.stream().map(s -> s.of(layer.layer())).toList();
            for (LayerHistograms.Quantity quantity : layer.quantities()) {
                figures.add(new Figure("histograms/" + fileName(layer.layer()) + "-" + quantitySlug(quantity.name()),
                        HistogramRidgelineChart.ridgeline(overTime, quantity.name(),
                                layer.layer() + ": " + quantity.name() + " over time")));
            }
        }
    }

    private static void addSweep(Path run, List<Figure> figures) throws IOException {
        if (!RunRecords.hasResults(run)) {
            return;
        }
        SweepTable table = SweepTable.read(run);
        switch (table.shape()) {
            case HEATMAP -> table.times().forEach(t ->
                    figures.add(new Figure("sweep-" + timeSlug(t), SweepFigures.heatmap(table, t))));
            case CURVES -> figures.add(new Figure("sweep", SweepFigures.curves(table)));
            case LAYERS -> table.times().forEach(t -> figures.add(new Figure("layer-sensitivity-" + timeSlug(t),
                    SweepFigures.layerSensitivity(table, t))));
            case POINTS -> {
                // the overlay of every point below is this sweep's figure
            }
        }
        figures.add(new Figure("accuracy-vs-time", SweepFigures.pointsOverTime(table)));
    }

    private static String timeSlug(double t) {
        return Durations.format(t).replace(" ", "");
    }

    /** "G+ (µS)" → "gplus", "drifted weight" → "drifted-weight". */
    private static String quantitySlug(String quantity) {
        String bare = quantity.replaceAll("\\s*\\(.*\\)", "").replace("+", "plus").replace("-", "minus");
        return fileName(bare.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
