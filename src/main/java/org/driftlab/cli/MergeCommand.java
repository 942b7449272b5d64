package org.driftlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.experiment.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftlab merge DIR... --out DIR}: the shards of a sweep joined into one sweep result. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Join sweep shards into one sweep folder.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int points = SweepMerge.merge(shards, out);
        spec.commandLine().getOut().println(JsonOutput.line(Map.of("sweep", out.toString(), "points", points)));
        return DriftlabCommand.OK;
    }
}
