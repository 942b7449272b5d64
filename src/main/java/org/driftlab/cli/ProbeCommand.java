package org.driftlab.cli;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftlab.analog.Rng;
import org.driftlab.analog.device.DeviceProbe;
import org.driftlab.analog.device.DeviceProbeResult;
import org.driftlab.analog.device.NoiseModels;
import org.driftlab.analog.probe.ForwardProbe;
import org.driftlab.analog.probe.MvmProbe;
import org.driftlab.config.Durations;
import org.driftlab.config.RpuConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab probe device|forward|mvm}: what a configuration does, measured on small synthetic cases. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Measure what a configuration does to single devices, one forward, or a tile's products.",
        subcommands = {ProbeCommand.Device.class, ProbeCommand.Forward.class, ProbeCommand.Mvm.class})
final class ProbeCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "device", mixinStandardHelpOptions = true,
            description = "Per-device statistics of the configuration's noise model: for each target conductance the"
                    + " programming sigma, the drift exponent's mean and std, and at each time the mean and std of the"
                    + " conductance and the read-noise sigma (µS, seconds). JSON on stdout.")
    static final class Device implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--g-target", required = true, split = ",", paramLabel = "G[,G...]",
                description = "Target conductances in µS.")
        double[] targets;

        @Option(names = "--times", required = true, paramLabel = "T[,T...]", description = "Times after programming: seconds or 1s, 1h, 1d, 1y.")
        String times;

        @Option(names = "--samples", defaultValue = "10000", paramLabel = "N", description = "Devices per target (default ${DEFAULT-VALUE}).")
        int samples;

        @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RpuConfig rpu = config.resolve();
            double[] grid = Durations.parseList(times).stream().mapToDouble(Double::doubleValue).toArray();
            for (double g : targets) {
                if (!(g >= 0)) {
                    throw new IllegalArgumentException("--g-target " + g + " is not allowed: conductances are >= 0 µS");
                }
            }
            DeviceProbeResult result = new DeviceProbe(NoiseModels.create(rpu)).probe(targets, grid, samples, new Rng(seed));
            spec.commandLine().getOut().println(JsonOutput.pretty(result));
            return DriftlabCommand.OK;
        }
    }

    @Command(name = "forward", mixinStandardHelpOptions = true,
            description = "One tile forward of W on X through the configuration's IO pipeline, without programming"
                    + " noise or drift. Prints {\"output\": [...]}.")
    static final class Forward implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--weights", required = true, paramLabel = "W.json", description = "JSON array of rows (out × in).")
        Path weights;

        @Option(names = "--input", required = true, paramLabel = "X.json", description = "One input vector or an array of them.")
        Path input;

        @Option(names = "--seed", defaultValue = "0", description = "Seed of the IO noise (default ${DEFAULT-VALUE}).")
        long seed;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RpuConfig rpu = config.resolve();
            float[][] w = MatrixFiles.readMatrix(weights);
            MatrixFiles.Vectors x = MatrixFiles.readVectors(input);
            try (NDManager manager = NDManager.newBaseManager()) {
                float[][] y = ForwardProbe.run(rpu, w, x.rows(), seed, manager);
                Object output = x.single() ? y[0] : y;
                spec.commandLine().getOut().println(JsonOutput.line(Map.of("output", output)));
            }
            return DriftlabCommand.OK;
        }
    }

    @Command(name = "mvm", mixinStandardHelpOptions = true,
            description = "Programme a random tile, drift it to each time, compensate, and print per time the relative"
                    + " MVM error (mean and std over repetitions), the compensation factor and the weight error,"
                    + " one JSON object per line.")
    static final class Mvm implements Callable<Integer> {
        @Mixin
        ConfigOption config;

        @Option(names = "--rows", required = true, description = "Tile outputs (rows of W).")
        int rows;

        @Option(names = "--cols", required = true, description = "Tile inputs (columns of W).")
        int cols;

        @Option(names = "--weight-zeros", defaultValue = "0", paramLabel = "F", description = "Fraction of weights set to zero.")
        double weightZeros;

        @Option(names = "--input-zeros", defaultValue = "0", paramLabel = "F", description = "Fraction of input entries set to zero.")
        double inputZeros;

        @Option(names = "--inputs", defaultValue = "1000", paramLabel = "N", description = "Random input vectors (default ${DEFAULT-VALUE}).")
        int inputs;

        @Option(names = "--times", required = true, paramLabel = "T[,T...]", description = "Times after programming: seconds or 1s, 1h, 1d, 1y.")
        String times;

        @Option(names = "--reps", defaultValue = "1", paramLabel = "N", description = "Programmings (default ${DEFAULT-VALUE}).")
        int reps;

        @Option(names = "--seed", defaultValue = "0", description = "Seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--new-tile-per-rep", description = "Build a new tile for each repetition (new periphery deviations).")
        boolean newTilePerRep;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RpuConfig rpu = config.resolve();
            List<Double> grid = Durations.parseList(times);
            MvmProbe.Spec probe = new MvmProbe.Spec(rows, cols, weightZeros, inputZeros, inputs, grid, reps, seed,
                    newTilePerRep);
            try (NDManager manager = NDManager.newBaseManager()) {
                for (MvmProbe.Point point : MvmProbe.run(rpu, probe, manager)) {
                    spec.commandLine().getOut().println(JsonOutput.line(point));
                }
            }
            return DriftlabCommand.OK;
        }
    }
}
