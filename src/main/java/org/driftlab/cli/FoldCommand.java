package org.driftlab.cli;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.model.Checkpoint;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;
import org.driftlab.model.ScaleFolding;
import org.driftlab.model.TrainingRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab fold}: a checkpoint whose every weight row reaches |w| = 1, the same network digitally. */
@Command(name = "fold", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fold the weight scales of a SqueezeNet 1.0 or 1.1 into digital output factors, one per class, "
                + "so that each convolution's output rows have a largest |w| of 1 and tiles without weight scaling "
                + "(such as inference_default) use their whole conductance range. Digitally the network stays the "
                + "same. Prints the rows' largest |w| per layer before the fold and the output factors.")
final class FoldCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    EvalCommand.ModelChoice model;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The folded checkpoint to write.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path source = model.resolve();
        try (NDManager manager = NDManager.newBaseManager()) {
            LoadedCheckpoint loaded = CheckpointFiles.load(source, manager, null);
            Checkpoint checkpoint = loaded.checkpoint();
            try (Network network = loaded.network()) {
                ScaleFolding.Result result = ScaleFolding.fold(network);
                TrainingRecord before = checkpoint.training();
                TrainingRecord record = new TrainingRecord(before.dataset(), before.recipe()
                        + "; then weight scales folded (driftlab fold)", before.epochs(), before.epochMetrics(),
                        before.bestMetric(), before.bestValue());
                CheckpointFiles.save(out, network, record, checkpoint.trainingConfig());
                if (!checkpoint.inputRanges().isEmpty()) {
                    spec.commandLine().getErr().println("note: the learned input ranges of " + source + " are not "
                            + "carried over: folding changes each layer's input scale");
                }
                spec.commandLine().getOut().println(JsonOutput.line(json(result)));
            }
        }
        return DriftlabCommand.OK;
    }

    private Map<String, Object> json(ScaleFolding.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("out", out.toString());
        float[] factors = result.outputScale().factors();
        json.put("output_scale", factors.length == 1 ? (Object) factors[0] : factors);
        Map<String, Object> layers = new LinkedHashMap<>();
        result.layers().forEach(range -> {
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("smallest_row_max", range.smallestRowMax());
            rows.put("largest_row_max", range.largestRowMax());
            layers.put(range.layer(), rows);
        });
        json.put("row_max_before", layers);
        return json;
    }
}
