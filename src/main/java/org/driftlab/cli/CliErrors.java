package org.driftlab.cli;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import org.driftlab.config.ConfigException;
import org.driftlab.experiment.Cancellation;
import picocli.CommandLine;

/** Maps failures to exit codes and clear messages: bad input gives 2, anything else 1. */
final class CliErrors {
    private CliErrors() {
    }

    static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof Cancellation.CancelledException) {
            commandLine.getErr().println("cancelled; finished work is kept");
            commandLine.getErr().flush();
            return DriftlabCommand.CANCELLED;
        }
        boolean badInput = isBadInput(e);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof NoSuchFileException) {
            message = "no such file: " + message;
        }
        commandLine.getErr().println("error: " + message);
        if (!badInput) {
            e.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return badInput ? DriftlabCommand.BAD_INPUT : DriftlabCommand.FAILED;
    }

    static int exitCode(Throwable e) {
        return isBadInput(e) || e instanceof CommandLine.ParameterException
                ? DriftlabCommand.BAD_INPUT : DriftlabCommand.FAILED;
    }

    private static boolean isBadInput(Throwable e) {
        return e instanceof ConfigException || e instanceof IllegalArgumentException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }
}
