package org.driftlab.cli;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.config.Durations;
import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.DatasetSource;
import org.driftlab.experiment.DriftEvalSpec;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.EvaluationSet;
import org.driftlab.experiment.Evaluator;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.ShippedModels;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab eval}: the digital accuracy of a model, or its accuracy on analog tiles over drift time. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate a shipped model or a checkpoint. Digital: prints {\"accuracy\": ...}. With --analog:"
                + " programmes the network once per repetition, drifts it through --times and prints the accuracy"
                + " mean and std per time with the digital reference.")
final class EvalCommand implements Callable<Integer> {
    static final class ModelChoice {
        @Option(names = "--model", paramLabel = "ID", description = "A shipped model: default-digital or default-hwa.")
        String id;

        @Option(names = "--checkpoint", paramLabel = "FILE", description = "A checkpoint written by driftlab train.")
        Path checkpoint;

        Path resolve() {
            return checkpoint != null ? checkpoint : ShippedModels.checkpoint(id);
        }
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    ModelChoice model;

    @Mixin
    DatasetOptions data;

    @Option(names = "--split", defaultValue = "test", description = "train or test (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "Evaluate the first N images only (0: all).")
    int limit;

    @Option(names = "--seed", defaultValue = "0")
    long seed;

    @Option(names = "--analog", description = "Evaluate on analog tiles (with --config or --preset; default inference_default).")
    boolean analog;

    @Mixin
    ConfigOption config;

    @Option(names = "--times", defaultValue = "1s,1h,1d,1y", paramLabel = "T[,T...]", description = "Drift times (default ${DEFAULT-VALUE}).")
    String times;

    @Option(names = "--reps", defaultValue = "5", paramLabel = "N", description = "Programmings (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--digital-layers", split = ",", paramLabel = "NAME", description = "Layers kept digital.")
    List<String> digitalLayers = List.of();

    @Mixin
    DeviceOption device;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be >= 0 (0: all images), got " + limit);
        }
        Path checkpoint = model.resolve();
        DatasetSource source = data.resolve();
        TerminalProgress progress = new TerminalProgress(System.err);
        ComputeDevice compute = device.resolve(progress);
        Cancellation cancellation = CliCancellation.install();
        if (!analog) {
            if (config.file != null || config.preset != null) {
                throw new IllegalArgumentException("--config and --preset need --analog");
            }
            spec.commandLine().getOut().println(JsonOutput.line(digital(checkpoint, source, compute, cancellation)));
            return DriftlabCommand.OK;
        }
        DriftEvalSpec evalSpec = new DriftEvalSpec(checkpoint, source, split, limit, seed, config.resolve(),
                Durations.parseList(times), reps, new LinkedHashSet<>(digitalLayers));
        DriftEvaluation.Result result = new DriftEvaluation(evalSpec, compute, progress, cancellation).run();
        spec.commandLine().getOut().println(JsonOutput.line(analogJson(result)));
        return DriftlabCommand.OK;
    }

    private Map<String, Object> digital(Path checkpoint, DatasetSource source, ComputeDevice compute,
                                        Cancellation cancellation) throws Exception {
        try (NDManager manager = NDManager.newBaseManager(compute.device())) {
            LoadedCheckpoint loaded = CheckpointFiles.load(checkpoint, manager, null);
            try (Network network = loaded.network();
                 EvaluationSet set = EvaluationSet.load(source.open(split),
                         source.evaluationPipeline(network.spec().inputSize()),
                         compute.evaluationBatch(network.spec().inputSize()), limit, manager, cancellation)) {
                return scoreJson(Evaluator.score(network, set, cancellation));
            }
        }
    }

    private static Map<String, Object> scoreJson(Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accuracy", score.accuracy());
        json.put("loss", score.loss());
        json.put("images", score.count());
        if (score.f1() != null) {
            json.put("precision", score.precision());
            json.put("recall", score.recall());
            json.put("f1", score.f1());
        }
        return json;
    }

    private static Map<String, Object> analogJson(DriftEvaluation.Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DriftEvaluation.TimePoint point : result.points()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("t", point.t());
            row.put("accuracy_mean", point.accuracy().mean());
            row.put("accuracy_std", point.accuracy().std());
            row.put("accuracy_ci95", List.of(point.accuracy().ci95Low(), point.accuracy().ci95High()));
            row.put("accuracy_per_repetition", point.accuracyPerRepetition());
            row.put("loss_mean", point.loss().mean());
            if (point.f1() != null) {
                row.put("f1_mean", point.f1().mean());
            }
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("results", rows);
        json.put("digital", scoreJson(result.digital()));
        json.put("images", result.images());
        json.put("repetitions", result.points().get(0).accuracy().n());
        json.put("seconds", Map.of("program", result.programSeconds(), "drift", result.driftSeconds(),
                "evaluation_pass", result.evalSeconds()));
        return json;
    }
}
