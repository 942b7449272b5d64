package org.driftlab.cli;

import java.nio.file.Path;
import org.driftlab.data.DatasetFormat;
import org.driftlab.experiment.DatasetSource;
import picocli.CommandLine.Option;

/** Which images a command reads: the embedded Fashion-MNIST by default, or Visual Wake Words in a layout. */
final class DatasetOptions {
    @Option(names = "--dataset", defaultValue = "fashion-mnist", paramLabel = "NAME",
            description = "fashion-mnist (embedded, default) or vww.")
    String dataset;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "For fashion-mnist: an IDX folder instead of the embedded copy; for vww: the image folder.")
    Path root;

    @Option(names = "--format", paramLabel = "FORMAT", description = "VWW layout: pyvww, coco, tf-slim, folders or mlperf-tiny.")
    String format;

    @Option(names = "--annotations", paramLabel = "FILE", description = "VWW annotation file (pyvww, coco, tf-slim; labels CSV for mlperf-tiny).")
    Path annotations;

    DatasetSource resolve() {
        if (DatasetSource.FASHION_MNIST.equalsIgnoreCase(dataset)) {
            if (format != null || annotations != null) {
                throw new IllegalArgumentException("--format and --annotations are for --dataset vww only");
            }
            return DatasetSource.fashionMnist(root);
        }
        return new DatasetSource(dataset, format == null ? null : DatasetFormat.parse(format), root, annotations);
    }
}
