package org.driftlab.experiment;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.util.Arrays;
import java.util.Set;
import org.driftlab.analog.Rng;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.ModelSpec;
import org.driftlab.model.Network;
import org.driftlab.model.SqueezeNet;

/**
 * Measures, in one run on the same device and the same batch, the evaluation throughput of a network digital and
 * on analog tiles, the time of a digital and of a hardware-aware training step, and the time to programme and to
 * drift the whole network. Medians over the repetitions, each after as many warm-up runs.
 */
public final class Benchmark {

    public record Result(String device, int cpuCores, String model, int inputSize, int batch, int iterations,
                         double digitalImagesPerSecond, double analogImagesPerSecond, double analogOverDigital,
                         double digitalStepMs, double hwaStepMs, double hwaOverDigital, double programMs,
                         double driftMs) {
    }

    private Benchmark() {
    }

    public static Result run(ModelSpec spec, RpuConfig config, int batch, int iterations, ComputeDevice device) {
        Rng rng = new Rng(1);
        try (NDManager manager = NDManager.newBaseManager(device.device())) {
            Network digital = SqueezeNet.create(spec);
            digital.initialize(manager, rng.split());
            Network analog = AnalogConversion.convert(digital, config, Set.of(), manager, rng.split());
            NDArray images = rng.normal(manager, spec.inputShape(batch));
            NDArray labels = manager.randomInteger(0, Math.max(2, spec.classes()), new Shape(batch), DataType.INT64);
            analog.programAll(rng);
            analog.driftAll(86400, rng);
            double[] evaluation = interleavedMedians(iterations,
                    () -> evaluate(digital, images),
                    () -> evaluate(analog, images),
                    () -> analog.programAll(rng),
                    () -> analog.driftAll(86400, rng));
            double digitalMs = evaluation[0];
            double analogMs = evaluation[1];
            double programMs = evaluation[2];
            double driftMs = evaluation[3];
            double[] steps;
            try (TrainingStep digitalStep = new TrainingStep(digital, spec, images, labels, false);
                 TrainingStep hwaStep = new TrainingStep(analog, spec, images, labels, true)) {
                steps = interleavedMedians(iterations, digitalStep::run, hwaStep::run);
            }
            double digitalStep = steps[0];
            double hwaStep = steps[1];
            analog.close();
            digital.close();
            return new Result(device.describe(), Runtime.getRuntime().availableProcessors(), spec.id(),
                    spec.inputSize(), batch, iterations,
                    batch / (digitalMs / 1000), batch / (analogMs / 1000), analogMs / digitalMs,
                    digitalStep, hwaStep, hwaStep / digitalStep, programMs, driftMs);
        }
    }

    private static void evaluate(Network network, NDArray images) {
        try (NDManager step = images.getManager().newSubManager()) {
            images.tempAttach(step);
            network.forward(new ParameterStore(step, false), new NDList(images), false).singletonOrThrow()
                    .toFloatArray();
        }
    }

    /** One training step (forward, backward, optimiser step; for HWA the clipping and remapping after it). */
    private static final class TrainingStep implements AutoCloseable {
        private final Network network;
        private final NDArray images;
        private final NDArray target;
        private final boolean hardwareAware;
        private final Model model;
        private final Trainer trainer;

        TrainingStep(Network network, ModelSpec spec, NDArray images, NDArray labels, boolean hardwareAware) {
            this.network = network;
            this.images = images;
            this.hardwareAware = hardwareAware;
            boolean binary = spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML);
            Loss loss = binary ? Loss.sigmoidBinaryCrossEntropyLoss("loss", 1, true) : Loss.softmaxCrossEntropyLoss();
            this.target = binary ? labels.toType(DataType.FLOAT32, false).reshape(-1, 1) : labels;
            OptimizerSpec sgd = new OptimizerSpec("sgd", 1e-4, 0.9, 0, "constant", 0, 1, 0.1, 0);
            this.model = Model.newInstance("bench", images.getDevice());
            model.setBlock(network);
            // The device named, not the engine's default (a GPU where there is one, whatever --device says).
            this.trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(sgd.build(1, 1, 0))
                    .optDevices(new Device[] {images.getDevice()}));
            trainer.initialize(images.getShape());
        }

        void run() {
            try (NDManager step = images.getManager().newSubManager()) {
                images.tempAttach(step);
                target.tempAttach(step);
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray outputs = trainer.forward(new NDList(images)).singletonOrThrow();
                    collector.backward(trainer.getLoss().evaluate(new NDList(target), new NDList(outputs)));
                }
                trainer.step();
                if (hardwareAware) {
                    network.postUpdateStep();
                }
            }
        }

        @Override
        public void close() {
            trainer.close();
            model.close();
        }
    }

    /**
     * The median time of each work over {@code iterations} timed rounds, after as many untimed ones (JIT,
     * allocator and caches warm). Each round runs every work once, so a machine that slows down or speeds up
     * during the run (other load, clock changes, compilation in the background) affects all of them alike and
     * their ratios stay fair.
     */
    private static double[] interleavedMedians(int iterations, Runnable... works) {
        for (int i = 0; i < iterations; i++) {
            for (Runnable work : works) {
                work.run();
            }
        }
        double[][] ms = new double[works.length][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int w = 0; w < works.length; w++) {
                long start = System.nanoTime();
                works[w].run();
                ms[w][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] medians = new double[works.length];
        for (int w = 0; w < works.length; w++) {
            medians[w] = median(ms[w]);
        }
        return medians;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
