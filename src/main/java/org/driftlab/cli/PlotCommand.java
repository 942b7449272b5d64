package org.driftlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.ChartExport;
import org.driftlab.report.ChartFormat;
import org.driftlab.report.Curve;
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
            JsonNode record = RunRecords.readRun(run);
            String name = runs.size() == 1 ? record.path("name").asText() : run.getFileName().toString();
            curves.addAll(RunRecords.curves(run, name));
        }
        return AccuracyVsTimeChart.build(curves, "Accuracy after programming (mean ± std over programmings)");
    }

    private PlottedChart histograms() throws Exception {
        if (runs.size() != 1) {
            throw new IllegalArgumentException("--kind histograms plots one run; got " + runs.size());
        }
        List<LayerHistograms.Snapshot> snapshots = RunRecords.histograms(runs.get(0));
        if (snapshots.isEmpty()) {
            throw new IllegalArgumentException(runs.get(0) + " has no histograms (run with histograms: true)");
        }
        List<String> names = snapshots.get(0).layerNames();
        String chosen = layer == null ? names.get(0) : layer;
        if (!names.contains(chosen)) {
            throw new IllegalArgumentException("--layer " + chosen + " is not in the run; layers: "
                    + String.join(", ", names));
        }
        List<HistogramSnapshot> layerSnapshots = snapshots.stream().map(s -> s.of(chosen)).toList();
        return HistogramRidgelineChart.ridgeline(layerSnapshots, quantity, chosen + ": " + quantity + " over time");
    }
}
