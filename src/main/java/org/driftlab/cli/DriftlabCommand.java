package org.driftlab.cli;

import java.io.PrintWriter;
import org.driftlab.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code driftlab <verb>}: the command-line twin of the desktop app. */
@Command(name = "driftlab", mixinStandardHelpOptions = true, versionProvider = DriftlabCommand.VersionProvider.class,
        description = "Explore how analog in-memory-computing hardware changes a neural network's accuracy over time.",
        subcommands = {ConfigCommand.class, ProbeCommand.class, DataCommand.class, TrainCommand.class, EvalCommand.class, FoldCommand.class, BenchCommand.class, DriftCommand.class, RunsCommand.class, PlotCommand.class, SweepCommand.class, MergeCommand.class})
public final class DriftlabCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the exit code: 0 success, 1 failure while running, 2 bad usage or bad input. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DriftlabCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(CliErrors::exitCode);
        commandLine.setExecutionExceptionHandler(CliErrors::handle);
        return commandLine;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"DriftLab " + Version.get()};
        }
    }
}
