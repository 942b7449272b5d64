package org.driftlab.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Durations;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;

/**
 * Small run folders written with the project's own writers, in the layout DriftJob and SweepJob leave: run.json,
 * results.json, histogram snapshots, and for a sweep its points/NNNN folders and the gathered table.
 */
public final class RunFixtures {
    public static final List<Double> TIMES = List.of(1.0, 86400.0);

    private RunFixtures() {
    }

    /** A finished drift run whose accuracy falls with out_noise; with one layer's histograms if asked. */
    public static Path drift(Path folder, String name, double outNoise, boolean histograms) throws IOException {
        RpuConfig config = ConfigTree.with(RpuConfig.defaults(), "forward.out_noise", outNoise);
        RunWriter writer = new RunWriter(folder, header("drift", name, config));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double t : TIMES) {
            rows.add(row(t, accuracy(outNoise, 0, t)));
        }
        writer.writeJson(RunFiles.RESULTS_JSON, Map.of("rows", rows));
        if (histograms) {
            for (double t : TIMES) {
                writer.writeJson(RunFiles.HISTOGRAMS + "/t-" + (long) t + ".json", snapshot(t));
            }
        }
        writer.finish("completed");
        return folder;
    }

    /**
     * A finished grid sweep over forward.out_noise (x) and forward.w_noise (y), or over out_noise alone when
     * wNoises is empty.
     */
    public static Path sweep(Path folder, List<Double> outNoises, List<Double> wNoises) throws IOException {
        List<Map<String, Object>> grid = new ArrayList<>();
        for (double w : wNoises.isEmpty() ? List.of(Double.NaN) : wNoises) {
            for (double out : outNoises) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("forward.out_noise", out);
                if (!Double.isNaN(w)) {
                    values.put("forward.w_noise", w);
                }
                grid.add(values);
            }
        }
        ObjectNode header = header("sweep", "grid-sweep", RpuConfig.defaults());
        header.put("points", grid.size());
        RunWriter writer = new RunWriter(folder, header);
        for (int i = 0; i < grid.size(); i++) {
            Map<String, Object> values = grid.get(i);
            double w = (double) values.getOrDefault("forward.w_noise", 0.0);
            point(folder, i, values, null, accuracyFunction((double) values.get("forward.out_noise"), w));
        }
        SweepResults.write(folder);
        writer.finish("completed");
        return folder;
    }

    /** A finished layer-sensitivity scan over the given layers; the later a layer, the lower its accuracy. */
    public static Path layerScan(Path folder, List<String> layers) throws IOException {
        ObjectNode header = header("sweep", "layers", RpuConfig.defaults());
        header.put("points", layers.size());
        RunWriter writer = new RunWriter(folder, header);
        for (int i = 0; i < layers.size(); i++) {
            point(folder, i, Map.of(), layers.get(i), accuracyFunction(0.01 * i, 0));
        }
        SweepResults.write(folder);
        writer.finish("completed");
        return folder;
    }

    /** The accuracy the fixtures record for these noise settings at time t. */
    public static double accuracy(double outNoise, double wNoise, double t) {
        return 0.9 - outNoise - 0.5 * wNoise - 0.01 * Math.log10(t);
    }

    private static DoubleUnaryOperator accuracyFunction(double outNoise, double wNoise) {
        return t -> accuracy(outNoise, wNoise, t);
    }

    private static void point(Path sweep, int index, Map<String, Object> values, String layer,
                              DoubleUnaryOperator accuracy) throws IOException {
        Path folder = sweep.resolve(SweepResults.POINTS).resolve(String.format("%04d", index));
        RunWriter writer = new RunWriter(folder, header("drift", "point", RpuConfig.defaults()));
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("index", index);
        description.put("label", new SweepSpec.Point(index, values, layer).label());
        description.put("values", values);
        description.put("analog_layer", layer);
        writer.writeJson(SweepResults.POINT, description);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double t : TIMES) {
            rows.add(row(t, accuracy.applyAsDouble(t)));
        }
        writer.writeJson(RunFiles.RESULTS_JSON, Map.of("rows", rows));
        writer.finish("completed");
    }

    private static ObjectNode header(String kind, String name, RpuConfig config) {
        ObjectNode header = RunWriter.JSON.createObjectNode();
        header.put("schema_version", 1);
        header.put("kind", kind);
        header.put("name", name);
        header.put("model", "default-hwa");
        header.put("dataset", "fashion-mnist (embedded)");
        header.put("split", "test");
        header.put("limit", 100);
        header.put("repetitions", 2);
        header.put("seed", 1);
        header.set("times", RunWriter.JSON.valueToTree(TIMES));
        ObjectNode experiment = header.putObject("experiment");
        experiment.put("name", name);
        experiment.putObject("rpu").put("preset", "inference_default");
        header.set("config", ConfigTree.toTree(config));
        return header;
    }

    private static Map<String, Object> row(double t, double accuracy) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("t", t);
        row.put("t_label", Durations.format(t));
        row.put("compensated", true);
        row.put("n", 100);
        row.put("accuracy_mean", accuracy);
        row.put("accuracy_std", 0.01);
        row.put("digital_accuracy", 0.92);
        return row;
    }

    private static LayerHistograms.Snapshot snapshot(double t) {
        double[] edges = {0, 5, 10, 15, 20, 25};
        long shift = Math.round(Math.log10(t));
        List<LayerHistograms.Quantity> quantities = List.of(
                new LayerHistograms.Quantity("G+ (µS)", edges, new long[] {1, 4 + shift, 9, 4, 1}, 10, 3, 0, 25),
                new LayerHistograms.Quantity("G- (µS)", edges, new long[] {2, 5, 7 - shift, 3, 1}, 9, 3, 0, 25),
                new LayerHistograms.Quantity("drifted weight", new double[] {-1, 0, 1}, new long[] {5, 5}, 0, 0.5,
                        -1, 1));
        return new LayerHistograms.Snapshot(t, List.of(new LayerHistograms.Layer("features.0", quantities)));
    }
}
