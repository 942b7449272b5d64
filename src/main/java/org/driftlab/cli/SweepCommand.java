package org.driftlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.SweepJob;
import org.driftlab.experiment.run.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftlab sweep EXPERIMENT.yaml}: a parameter sweep or layer-sensitivity scan, resumable and shardable. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the sweep of an experiment file: a drift experiment per point. Run it again on the same"
                + " --out folder to resume; --shard I/N runs a deterministic share of the points (merge shards with"
                + " driftlab merge).")
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXPERIMENT")
    Path file;

    @Option(names = "--limit", paramLabel = "N")
    Integer limit;

    @Option(names = "--reps", paramLabel = "N")
    Integer reps;

    @Option(names = "--times", paramLabel = "T[,T...]")
    String times;

    @Option(names = "--seed")
    Long seed;

    @Option(names = "--device", description = "cpu or cuda.")
    String device;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep folder (give the same one to resume).")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N", defaultValue = "1/1", description = "Run share I of N (default ${DEFAULT-VALUE}).")
    String shard;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String[] parts = shard.split("/");
        int index;
        int count;
        try {
            index = Integer.parseInt(parts[0].trim());
            count = Integer.parseInt(parts[1].trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard " + shard + " is not I/N (for example 2/4)");
        }
        ExperimentSpec experiment = DriftCommand.load(file, limit, reps, times, seed, device);
        if (experiment.sweep() == null) {
            throw new IllegalArgumentException(file + " has no sweep section: add one (README, \"Drift experiments,"
                    + " sweeps and runs\"), or run it with driftlab drift");
        }
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard I/N needs 1 <= I <= N, got " + shard);
        }
        Path folder = RunStore.standard().newRunFolder(experiment.name(), out);
        TerminalProgress progress = new TerminalProgress(System.err);
        progress.message("sweep folder: " + folder);
        int ran = new SweepJob(experiment, folder, index, count, progress, CliCancellation.install()).run();
        spec.commandLine().getOut().println(JsonOutput.line(java.util.Map.of("sweep", folder.toString(),
                "points_run", ran, "shard", index + "/" + count)));
        return DriftlabCommand.OK;
    }
}
