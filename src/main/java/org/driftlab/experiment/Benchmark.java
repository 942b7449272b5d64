package org.driftlab.experiment;

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
            double digitalMs = median(iterations, () -> evaluate(digital, images));
            double analogMs = median(iterations, () -> evaluate(analog, images));
            double programMs = median(iterations, () -> analog.programAll(rng));
            double driftMs = median(iterations, () -> analog.driftAll(86400, rng));
            double digitalStep = trainStepMs(digital, spec, images, labels, iterations, false);
            double hwaStep = trainStepMs(analog, spec, images, labels, iterations, true);
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

    private static double trainStepMs(Network network, ModelSpec spec, NDArray images, NDArray labels,
                                      int iterations, boolean hardwareAware) {
        Loss loss = spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML)
                ? Loss.sigmoidBinaryCrossEntropyLoss("loss", 1, true) : Loss.softmaxCrossEntropyLoss();
        NDArray target = spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML)
                ? labels.toType(DataType.FLOAT32, false).reshape(-1, 1) : labels;
        OptimizerSpec sgd = new OptimizerSpec("sgd", 1e-4, 0.9, 0, "constant", 0, 1, 0.1, 0);
        try (Model model = Model.newInstance("bench", images.getDevice())) {
            model.setBlock(network);
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss).optOptimizer(sgd.build(1, 1, 0));
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(images.getShape());
                return median(iterations, () -> {
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
                });
            }
        }
    }

    /** The median time of {@code iterations} runs after as many untimed ones (JIT, allocator and caches warm). */
    private static double median(int iterations, Runnable work) {
        for (int i = 0; i < iterations; i++) {
            work.run();
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return iterations % 2 == 1 ? ms[iterations / 2] : (ms[iterations / 2 - 1] + ms[iterations / 2]) / 2;
    }
}
