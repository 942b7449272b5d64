package org.driftlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.config.Durations;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.DriftJob;
import org.driftlab.experiment.DriftListener;
import org.driftlab.experiment.ExperimentFile;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.run.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftlab drift EXPERIMENT.yaml}: a drift experiment, recorded as a run folder. */
@Command(name = "drift", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a drift experiment file: programme the network once per repetition, drift it through the"
                + " times, score it at each; the run goes to the runs folder (or --out DIR).")
final class DriftCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EXPERIMENT", description = "The experiment file (.yaml, .yml or .json).")
    Path file;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate the first N images only.")
    Integer limit;

    @Option(names = "--reps", paramLabel = "N", description = "Programmings.")
    Integer reps;

    @Option(names = "--times", paramLabel = "T[,T...]", description = "Drift times: seconds or 1s, 1h, 1d, 1y.")
    String times;

    @Option(names = "--seed")
    Long seed;

    @Option(names = "--device", description = "cpu or cuda.")
    String device;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the run exactly into DIR.")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec experiment = load(file, limit, reps, times, seed, device);
        Path folder = RunStore.standard().newRunFolder(experiment.name(), out);
        TerminalProgress progress = new TerminalProgress(System.err);
        progress.message("run folder: " + folder);
        DriftEvaluation.Result result = new DriftJob(experiment, folder, DriftListener.of(progress),
                CliCancellation.install()).run();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("run", folder.toString());
        summary.put("complete", result.complete());
        summary.put("digital_accuracy", result.digital().accuracy());
        summary.put("results", result.points().stream().map(p -> Map.of("t", p.t(),
                "accuracy_mean", p.accuracy().mean(), "accuracy_std", p.accuracy().std())).toList());
        spec.commandLine().getOut().println(JsonOutput.line(summary));
        return DriftlabCommand.OK;
    }

    /** An experiment file with the command line's overrides (null: as the file says), checked. */
    static ExperimentSpec load(Path file, Integer limit, Integer reps, String times, Long seed, String device)
            throws IOException {
        if (reps != null && reps < 1) {
            throw new IllegalArgumentException("--reps must be at least 1, got " + reps);
        }
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("--limit must be >= 0 (0: all images), got " + limit);
        }
        return ExperimentFile.load(file).with(limit, reps, times == null ? null : Durations.parseList(times), seed,
                device);
    }
}
