package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftlab.config.ClipType;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import ai.djl.ndarray.NDManager;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.Network;
import org.driftlab.model.ModelSpec;
import org.driftlab.model.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short training runs on the embedded Fashion-MNIST subset. */
class TrainingJobTest {
    // AdamW with a warm-up epoch: SqueezeNet without batch norm can die (every class output below its ReLU) on a
    // cold start with a large step.
    private static final OptimizerSpec ADAMW = new OptimizerSpec("adamw", 0.001, 0.9, 0, "constant", 0, 1, 0.1, 1);

    @TempDir
    Path folder;

    private static TrainSpec spec(Path out, int epochs, RpuConfig hwa, Path init, boolean resume) {
        return new TrainSpec(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 17), DatasetSource.fashionMnist(null),
                epochs, 32, ADAMW, 0.2, 0, 7, 2500, null, hwa, Set.of(), init, out, resume);
    }

    private static final class Messages implements JobListener {
        final List<String> lines = new ArrayList<>();
        int progressEvents;

        @Override
        public void message(String text) {
            lines.add(text);
        }

        @Override
        public void progress(JobProgress progress) {
            progressEvents++;
        }
    }

    @Test
    void digitalTrainingLearnsAndResumes() throws Exception {
        Path out = folder.resolve("digital.ckpt");
        Messages messages = new Messages();
        TrainingJob.Outcome first = new TrainingJob(spec(out, 2, null, null, false), ComputeDevice.resolve("cpu"),
                messages, new Cancellation()).run();
        assertEquals(2, first.epochsRun());
        assertTrue(messages.progressEvents > 10);
        TrainingRecord record = CheckpointFiles.read(folder.resolve("digital.last.ckpt")).training();
        double firstLoss = record.epochMetrics().get(0).get("train_loss");
        double secondLoss = record.epochMetrics().get(1).get("train_loss");
        assertTrue(secondLoss < firstLoss, "the training loss falls: " + firstLoss + " -> " + secondLoss);
        assertTrue(first.bestMetrics().get("val_accuracy") > 0.2, "above chance (0.1): " + first.bestMetrics());
        assertTrue(Files.isRegularFile(folder.resolve("digital.last.ckpt")));

        TrainingJob.Outcome resumed = new TrainingJob(spec(out, 3, null, null, true), ComputeDevice.resolve("cpu"),
                messages, new Cancellation()).run();
        assertEquals(3, resumed.epochsRun());
        assertTrue(messages.lines.stream().anyMatch(line -> line.startsWith("resuming from")), messages.lines.toString());
        assertEquals(3, CheckpointFiles.read(folder.resolve("digital.last.ckpt")).training().epochMetrics().size());
    }

    @Test
    void hardwareAwareFineTuningRunsThroughTheTilesAndClips() throws Exception {
        Path digital = folder.resolve("start.ckpt");
        new TrainingJob(spec(digital, 1, null, null, false), ComputeDevice.resolve("cpu"), JobListener.NONE,
                new Cancellation()).run();
        // Weight scaling puts each tile's largest weight at 1; clipping at 0.5 must then hold after every step.
        RpuConfig hwa = ConfigTree.withAll(Presets.get("inference_default"), Map.of("clip.type", ClipType.FIXED_VALUE,
                "clip.fixed_value", 0.5, "mapping.weight_scaling_omega", 1.0));
        Path out = folder.resolve("hwa.ckpt");
        TrainingJob.Outcome outcome = new TrainingJob(spec(out, 1, hwa, digital, false), ComputeDevice.resolve("cpu"),
                JobListener.NONE, new Cancellation()).run();
        assertEquals(1, outcome.epochsRun());
        assertTrue(outcome.bestMetrics().get("val_accuracy") > 0.15, outcome.bestMetrics().toString());
        assertEquals(0.5, ((Number) ConfigTree.get(CheckpointFiles.read(out).trainingConfig(), "clip.fixed_value"))
                .doubleValue(), 1e-12);
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, Float> before = layerMaxima(CheckpointFiles.load(digital, manager, null).network());
            Map<String, Float> after = layerMaxima(CheckpointFiles.load(out, manager, null).network());
            for (String layer : before.keySet()) {
                assertTrue(after.get(layer) <= 0.5f * before.get(layer) * 1.0001f,
                        layer + ": " + after.get(layer) + " > half of " + before.get(layer));
            }
        }
    }

    @Test
    void hardwareAwareTrainingDistilsFromADigitalTeacher() throws Exception {
        Path teacher = folder.resolve("teacher.ckpt");
        new TrainingJob(spec(teacher, 1, null, null, false), ComputeDevice.resolve("cpu"), JobListener.NONE,
                new Cancellation()).run();
        TrainSpec plain = spec(folder.resolve("student.ckpt"), 1, Presets.get("inference_default"), teacher, false);
        Messages messages = new Messages();
        TrainingJob.Outcome outcome = new TrainingJob(withTeacher(plain, teacher), ComputeDevice.resolve("cpu"),
                messages, new Cancellation()).run();
        assertTrue(outcome.bestMetrics().get("val_accuracy") > 0.15, outcome.bestMetrics().toString());
        assertTrue(messages.lines.stream().anyMatch(line -> line.startsWith("distilling from")), messages.lines.toString());
        assertTrue(CheckpointFiles.read(plain.out()).training().recipe()
                .contains("distilled from teacher.ckpt (temperature 4.00000, weight 0.500000)"));

        TrainSpec otherSize = new TrainSpec(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 19), plain.data(), 1, 32,
                ADAMW, 0.2, 0, 7, 300, null, null, Set.of(), null, folder.resolve("other.ckpt"), false,
                new Distillation(teacher, 4, 0.5));
        var mismatch = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TrainingJob(otherSize, ComputeDevice.resolve("cpu"), JobListener.NONE,
                        new Cancellation()).run());
        assertTrue(mismatch.getMessage().contains("the teacher has 10 classes and 1 × 17 × 17 inputs, the trained"
                + " model 10 classes and 1 × 19 × 19 inputs; they must agree"), mismatch.getMessage());
    }

    private static TrainSpec withTeacher(TrainSpec spec, Path teacher) {
        return new TrainSpec(spec.model(), spec.data(), spec.epochs(), spec.batchSize(), spec.optimizer(),
                spec.validationFraction(), spec.patience(), spec.seed(), spec.limit(), spec.augmentation(),
                spec.hwaConfig(), spec.digitalLayers(), spec.initialCheckpoint(), spec.out(), spec.resume(),
                new Distillation(teacher, Distillation.DEFAULT_TEMPERATURE, Distillation.DEFAULT_WEIGHT));
    }

    @Test
    void inputRangesAreInitialisedLearnedSavedAndRestored() throws Exception {
        Path digital = folder.resolve("start.ckpt");
        new TrainingJob(spec(digital, 1, null, null, false), ComputeDevice.resolve("cpu"), JobListener.NONE,
                new Cancellation()).run();
        RpuConfig hwa = ConfigTree.withAll(Presets.get(Presets.STANDARD_HWA_TRAINING), Map.of(
                "pre_post.input_range.init_from_data", 5));
        Path out = folder.resolve("ranges.ckpt");
        new TrainingJob(spec(out, 1, hwa, digital, false), ComputeDevice.resolve("cpu"), JobListener.NONE,
                new Cancellation()).run();
        Map<String, List<Double>> stored = CheckpointFiles.read(out).inputRanges();
        assertEquals(26, stored.size(), stored.keySet().toString());
        assertTrue(stored.values().stream().flatMap(List::stream).allMatch(r -> r > 0 && Math.abs(r - 3.0) > 1e-3),
                "initialised from data and learned, not the init_value 3: " + stored);
        try (NDManager manager = NDManager.newBaseManager();
             Network analog = org.driftlab.model.AnalogConversion.convert(
                     CheckpointFiles.load(out, manager, hwa).network(), hwa, Set.of(), manager,
                     new org.driftlab.analog.Rng(3))) {
            assertEquals(List.of(), analog.restoreInputRanges(stored));
            Map<String, List<Double>> restored = analog.inputRanges();
            for (String layer : stored.keySet()) {
                for (int i = 0; i < stored.get(layer).size(); i++) {
                    assertEquals(stored.get(layer).get(i), restored.get(layer).get(i), 1e-6, layer);
                }
            }
        }
    }

    private static Map<String, Float> layerMaxima(Network network) {
        Map<String, Float> maxima = new java.util.LinkedHashMap<>();
        network.weightLayers().forEach((name, block) -> maxima.put(name,
                block.getParameters().get("weight").getArray().abs().max().getFloat()));
        return maxima;
    }

    @Test
    void cancellationStopsBetweenBatches() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        TrainingJob job = new TrainingJob(spec(folder.resolve("x.ckpt"), 1, null, null, false),
                ComputeDevice.resolve("cpu"), JobListener.NONE, cancellation);
        org.junit.jupiter.api.Assertions.assertThrows(Cancellation.CancelledException.class, job::run);
    }

    @Test
    void hwaTrainingSaysWhichSettingsItDoesNotActOn() {
        assertEquals(List.of(), TrainingJob.untrainedSettings(Presets.get(Presets.INFERENCE_SCALED)));
        List<String> notes = TrainingJob.untrainedSettings(Presets.get(Presets.STANDARD_HWA_TRAINING));
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("input ranges are learned with the optimizer's rule"), notes.get(0));
        assertTrue(notes.get(1).contains("mapping.learn_out_scaling"));
    }
}
