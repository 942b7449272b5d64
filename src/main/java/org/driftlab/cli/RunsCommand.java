package org.driftlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunStore;
import org.driftlab.experiment.run.TreeDiff;
import org.driftlab.report.ChartExport;
import org.driftlab.report.ChartFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftlab runs list|show|compare}: the recorded runs. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "List, show and compare recorded runs.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Compare.class})
final class RunsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The runs in the runs folder, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @Option(names = "--root", paramLabel = "DIR", description = "The runs folder (default ~/.driftlab/runs or $DRIFTLAB_RUNS).")
        Path root;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RunStore store = root != null ? new RunStore(root) : RunStore.standard();
            PrintWriter out = spec.commandLine().getOut();
            List<Path> runs = store.list();
            if (runs.isEmpty()) {
                out.println("no runs in " + store.root());
                return DriftlabCommand.OK;
            }
            out.printf("%-40s %-10s %-9s %-24s %s%n", "run", "kind", "status", "started", "model");
            for (Path run : runs) {
                JsonNode json = RunRecords.readRun(run);
                out.printf("%-40s %-10s %-9s %-24s %s%n", run.getFileName(), json.path("kind").asText(),
                        json.path("status").asText(), json.path("started").asText(), json.path("model").asText());
            }
            return DriftlabCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A run's record and results.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "RUN_DIR")
        Path folder;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            JsonNode run = RunRecords.readRun(folder);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %s %s, %s, model %s, %s%n", folder, run.path("kind").asText(), run.path("name").asText(),
                    run.path("status").asText(), run.path("model").asText(), run.path("dataset").asText());
            Path results = folder.resolve(RunFiles.RESULTS_CSV);
            if (Files.isRegularFile(results)) {
                out.print(Files.readString(results));
            }
            return DriftlabCommand.OK;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Only the settings in which the runs differ (configuration, experiment, seeds).")
    static final class Compare implements Callable<Integer> {
        @Parameters(paramLabel = "RUN_DIR", arity = "2..*")
        List<Path> folders;

        @Option(names = "--plot", paramLabel = "FILE", description = "Also overlay their accuracy curves in FILE (.png, .svg, .pdf or .csv).")
        Path plot;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<JsonNode> trees = new ArrayList<>();
            for (Path folder : folders) {
                trees.add(RunRecords.settings(RunRecords.readRun(folder)));
            }
            Map<String, List<String>> differences = TreeDiff.of(trees);
            PrintWriter out = spec.commandLine().getOut();
            if (differences.isEmpty()) {
                out.println("the runs have the same settings");
            }
            differences.forEach((path, values) -> {
                out.println(path + ":");
                for (int i = 0; i < folders.size(); i++) {
                    out.println("  " + folders.get(i).getFileName() + ": " + values.get(i));
                }
            });
            if (plot != null) {
                ChartExport.write(PlotCommand.accuracyVsTime(folders), plot, ChartFormat.fromPath(plot), 900, 560, 2);
                out.println("curves: " + plot);
            }
            return DriftlabCommand.OK;
        }
    }
}
