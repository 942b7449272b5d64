package org.driftlab.cli;

import org.driftlab.config.AihwkitExport;
import org.driftlab.config.ConfigException;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.ParameterCatalog;
import org.driftlab.config.RpuConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code driftlab config ...}: show, validate and export configuration files, and list the parameters.
 * Exit codes: 0 success, 1 failure while running, 2 bad usage or bad input.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Show, validate and export RPU configuration files (JSON or YAML).",
        subcommands = {ConfigCommand.Show.class, ConfigCommand.Validate.class, ConfigCommand.ExportAihwkit.class,
                ConfigCommand.Params.class})
public final class ConfigCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** Runs an action on a loaded file, turning bad input into exit code 2 with the problems on stderr. */
    private static int withConfig(CommandSpec spec, Path file, ConfigAction action) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return action.run(ConfigFiles.load(file), spec.commandLine().getOut());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return FAILURE;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }

    @FunctionalInterface
    private interface ConfigAction {
        int run(RpuConfig config, PrintWriter out);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the fully resolved configuration (preset plus the file's keys).")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a .json, .yaml or .yml configuration file")
        Path file;

        @Option(names = "--format", defaultValue = "yaml", description = "json or yaml (default: ${DEFAULT-VALUE})")
        String format;

        @Override
        public Integer call() {
            ConfigFormat chosen;
            try {
                chosen = ConfigFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("--format: unknown value '" + format + "'; allowed: json, yaml");
                spec.commandLine().getErr().flush();
                return BAD_INPUT;
            }
            return withConfig(spec, file, (config, out) -> {
                out.print(ConfigFiles.toText(config, chosen));
                return OK;
            });
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a configuration file and list every problem in it.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a .json, .yaml or .yml configuration file")
        Path file;

        @Override
        public Integer call() {
            return withConfig(spec, file, (config, out) -> {
                out.println(file + ": valid");
                return OK;
            });
        }
    }

    @Command(name = "export-aihwkit", mixinStandardHelpOptions = true,
            description = "Print the configuration as an aihwkit Python snippet.")
    static final class ExportAihwkit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "a .json, .yaml or .yml configuration file")
        Path file;

        @Override
        public Integer call() {
            return withConfig(spec, file, (config, out) -> {
                out.print(AihwkitExport.toPython(config));
                return OK;
            });
        }
    }

    @Command(name = "params", mixinStandardHelpOptions = true,
            description = "Print the configuration parameters as a Markdown table.")
    static final class Params implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--advanced", description = "include the advanced parameters")
        boolean advanced;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(ParameterCatalog.toMarkdown(advanced));
            out.flush();
            return OK;
        }
    }
}
