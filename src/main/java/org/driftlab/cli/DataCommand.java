package org.driftlab.cli;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftlab.data.DatasetFormat;
import org.driftlab.data.DatasetInspector;
import org.driftlab.data.ImageDataset;
import org.driftlab.data.InspectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab data inspect}: what a dataset on disk holds, checked image by image. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Look at datasets on disk.",
        subcommands = {DataCommand.Inspect.class})
public final class DataCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "Decode every image of a dataset (on several threads) and print one JSON object: the"
                    + " format, the number of images listed, the count per class, the unreadable files with the"
                    + " reason, and the min/max/mean image width and height.")
    static final class Inspect implements Callable<Integer> {
        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "pyvww, coco, tf-slim, folders, mlperf-tiny or idx.")
        String format;

        @Option(names = "--root", required = true, paramLabel = "DIR",
                description = "The image folder (for idx the folder of IDX files).")
        Path root;

        @Option(names = "--annotations", paramLabel = "FILE",
                description = "The annotation JSON (pyvww, coco, tf-slim; required there) or the labels CSV"
                        + " (mlperf-tiny; default DIR/y_labels.csv).")
        Path annotations;

        @Option(names = "--split", paramLabel = "SPLIT", description = "For idx: train or test (default test).")
        String split;

        @Option(names = "--threads", paramLabel = "N", description = "Decoding threads (default: processors, at most 8).")
        Integer threads;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try {
                DatasetFormat datasetFormat = DatasetFormat.parse(format);
                if (split != null && datasetFormat != DatasetFormat.IDX) {
                    throw new IllegalArgumentException("--split is only for --format idx");
                }
                int threadCount = threads != null ? threads
                        : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
                ImageDataset dataset = datasetFormat.open(root, annotations, split);
                InspectionReport report = new DatasetInspector(threadCount).inspect(datasetFormat.cliName(), dataset);
                spec.commandLine().getOut().println(JsonOutput.line(report));
                spec.commandLine().getOut().flush();
                return DriftlabCommand.OK;
            } catch (IllegalArgumentException | NoSuchFileException | FileNotFoundException e) {
                // Reported here as well as by CliErrors, so the verb behaves the same when run on its own.
                String message = e instanceof NoSuchFileException missing
                        ? "no such file: " + missing.getFile()
                                + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")")
                        : e.getMessage();
                spec.commandLine().getErr().println("error: " + message);
                spec.commandLine().getErr().flush();
                return DriftlabCommand.BAD_INPUT;
            }
        }
    }
}
