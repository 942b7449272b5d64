package org.driftlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.ChartExport;
import org.driftlab.report.ChartFormat;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;
import org.driftlab.report.Histogram;
import org.driftlab.report.HistogramRidgelineChart;
import org.driftlab.report.HistogramSnapshot;
import org.driftlab.report.PlottedChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftlab plot RUN_DIR...}: a run's figures as PNG, SVG, PDF, or the plotted data as CSV. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plot recorded runs: accuracy-vs-time overlays several runs; histograms shows a layer's"
                + " conductance or weight histograms over time as a ridgeline.")
final class PlotCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN_DIR", arity = "1..*")
    List<Path> runs;

    @Option(names = "--kind", defaultValue = "accuracy-vs-time",
            description = "accuracy-vs-time (default), histograms, sweep or layer-sensitivity.")
    String kind;

    @Option(names = "--format", defaultValue = "png", description = "png, svg, pdf or csv (the plotted data).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Default: KIND.FORMAT in the (first) run folder.")
    Path output;

    @Option(names = "--layer", description = "For histograms: the layer (default: the first analog layer).")
    String layer;

    @Option(names = "--quantity", defaultValue = "G+ (µS)",
            description = "For histograms: G+ (µS), G- (µS), target weight or drifted weight (default ${DEFAULT-VALUE}).")
    String quantity;

    @Option(names = "--time", paramLabel = "T", description = "For sweep and layer-sensitivity: the drift time shown (default: the last).")
    String time;

    @Option(names = "--width", defaultValue = "900")
    int width;

    @Option(names = "--height", defaultValue = "560")
    int height;

    @Option(names = "--scale", defaultValue = "2", description = "PNG resolution factor (default ${DEFAULT-VALUE}).")
    double scale;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChartFormat chartFormat = ChartFormat.fromName(format);
        PlottedChart chart = switch (kind.toLowerCase(Locale.ROOT)) {
            case "accuracy-vs-time" -> accuracyVsTime();
            case "histograms" -> histograms();
            case "sweep" -> SweepPlots.sweep(single(), time);
            case "layer-sensitivity" -> SweepPlots.layerSensitivity(single(), time);
            default -> throw new IllegalArgumentException("--kind " + kind
                    + " is not known; allowed: accuracy-vs-time, histograms, sweep, layer-sensitivity");
        };
        Path file = output != null ? output : runs.get(0).resolve(kind + "." + chartFormat.extension());
        if (width < 100 || height < 100 || !(scale > 0)) {
            throw new IllegalArgumentException("--width and --height must be at least 100 and --scale above 0");
        }
        ChartExport.write(chart, file, chartFormat, width, height, scale);
        spec.commandLine().getOut().println(file);
        return DriftlabCommand.OK;
    }

    private Path single() {
        if (runs.size() != 1) {
            throw new IllegalArgumentException("--kind " + kind + " plots one run; got " + runs.size());
        }
        return runs.get(0);
    }

    private PlottedChart accuracyVsTime() throws Exception {
        return accuracyVsTime(runs);
    }

    /** The accuracy curves of drift runs, overlaid (with and without compensation where recorded). */
    static PlottedChart accuracyVsTime(List<Path> runs) throws Exception {
        List<Curve> curves = new ArrayList<>();
        for (Path run : runs) {
            JsonNode record = RunsCommand.readRun(run);
            Path results = run.resolve(RunFiles.RESULTS_JSON);
            if (!Files.isRegularFile(results)) {
                throw new IllegalArgumentException(run + " has no results yet (" + RunFiles.RESULTS_JSON + ")");
            }
            Map<Boolean, List<CurvePoint>> byCompensation = new TreeMap<>();
            Double digital = null;
            for (JsonNode row : RunWriter.read(results).get("rows")) {
                byCompensation.computeIfAbsent(row.get("compensated").asBoolean(), k -> new ArrayList<>())
                        .add(new CurvePoint(row.get("t").asDouble(), row.get("accuracy_mean").asDouble(),
                                row.get("accuracy_mean").asDouble() - row.get("accuracy_std").asDouble(),
                                row.get("accuracy_mean").asDouble() + row.get("accuracy_std").asDouble()));
                if (row.hasNonNull("digital_accuracy")) {
                    digital = row.get("digital_accuracy").asDouble();
                }
            }
            String name = runs.size() == 1 ? record.path("name").asText() : run.getFileName().toString();
            for (Map.Entry<Boolean, List<CurvePoint>> entry : byCompensation.entrySet()) {
                curves.add(new Curve(entry.getKey() ? name : name + " (no compensation)", entry.getValue(),
                        entry.getKey() ? digital : null));
            }
        }
        return AccuracyVsTimeChart.build(curves, "Accuracy after programming (mean ± std over programmings)");
    }

    private PlottedChart histograms() throws Exception {
        if (runs.size() != 1) {
            throw new IllegalArgumentException("--kind histograms plots one run; got " + runs.size());
        }
        Path folder = runs.get(0).resolve(RunFiles.HISTOGRAMS);
        List<Path> files;
        try (Stream<Path> listing = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(runs.get(0) + " has no histograms (run with histograms: true)");
        }
        List<HistogramSnapshot> snapshots = new ArrayList<>();
        String chosen = layer;
        for (Path file : files) {
            JsonNode snapshot = RunWriter.read(file);
            JsonNode layers = snapshot.get("layers");
            JsonNode match = null;
            List<String> names = new ArrayList<>();
            for (JsonNode candidate : layers) {
                names.add(candidate.get("layer").asText());
                if (chosen == null || candidate.get("layer").asText().equals(chosen)) {
                    match = match == null ? candidate : match;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException("--layer " + chosen + " is not in the run; layers: " + String.join(", ", names));
            }
            chosen = match.get("layer").asText();
            List<Histogram> histograms = new ArrayList<>();
            for (Iterator<JsonNode> it = match.get("quantities").elements(); it.hasNext(); ) {
                JsonNode q = it.next();
                histograms.add(new Histogram(q.get("name").asText(), doubles(q.get("edges")), longs(q.get("counts"))));
            }
            snapshots.add(new HistogramSnapshot(snapshot.get("t").asDouble(), histograms));
        }
        snapshots.sort((a, b) -> Double.compare(a.t(), b.t()));
        return HistogramRidgelineChart.ridgeline(snapshots, quantity, chosen + ": " + quantity + " over time");
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
