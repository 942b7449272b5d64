package org.driftlab.cli;

import java.util.concurrent.Callable;
import org.driftlab.experiment.Benchmark;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.model.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab bench}: digital against analog evaluation, and digital against HWA training steps. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure on one device and one synthetic batch: images per second of digital and analog"
                + " evaluation, the time of a digital and of a hardware-aware training step, and of programming and"
                + " drifting the network; prints the figures and their ratios as JSON.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = ModelSpec.SQUEEZENET1_1)
    String model;

    @Option(names = "--classes", defaultValue = "10")
    int classes;

    @Option(names = "--channels", defaultValue = "1")
    int channels;

    @Option(names = "--input-size", defaultValue = "32", paramLabel = "PX")
    int inputSize;

    @Option(names = "--batch-size", defaultValue = "64")
    int batch;

    @Option(names = "--iterations", defaultValue = "30", description = "Timed rounds (median; default ${DEFAULT-VALUE}), after as many warm-up rounds; each round runs every measured task once.")
    int iterations;

    @Mixin
    ConfigOption config;

    @Mixin
    DeviceOption device;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || batch < 1) {
            throw new IllegalArgumentException("--iterations and --batch-size must be at least 1");
        }
        ComputeDevice compute = device.resolve(new TerminalProgress(System.err));
        Benchmark.Result result = Benchmark.run(new ModelSpec(model, classes, channels, inputSize), config.resolve(),
                batch, iterations, compute);
        spec.commandLine().getOut().println(JsonOutput.pretty(result));
        return DriftlabCommand.OK;
    }
}
