package org.driftlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.driftlab.data.Augmentation;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.DatasetSource;
import org.driftlab.experiment.Distillation;
import org.driftlab.experiment.OptimizerSpec;
import org.driftlab.experiment.TrainSpec;
import org.driftlab.experiment.TrainingJob;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code driftlab train}: digital training or hardware-aware fine-tuning, with a checkpoint after each epoch. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a network digitally, or fine-tune it hardware-aware (--hwa) through the analog tiles"
                + " of an RPU configuration. The best epoch goes to --out, the latest to a .last file beside it.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--model", defaultValue = ModelSpec.SQUEEZENET1_1, description = "squeezenet1_0, squeezenet1_1 (default) or squeezenet1_1_hpml.")
    String model;

    @Mixin
    DatasetOptions data;

    @Option(names = "--input-size", paramLabel = "PX", description = "Square input size in pixels (default 48, the shipped models' size, or the --init checkpoint's).")
    Integer inputSize;

    @Option(names = "--epochs", required = true, paramLabel = "N")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "64", paramLabel = "N")
    int batchSize;

    @Option(names = "--optimizer", defaultValue = "adamw", description = "adamw (default) or sgd (with momentum).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.001", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--momentum", defaultValue = "0.9")
    double momentum;

    @Option(names = "--weight-decay", defaultValue = "1e-4")
    double weightDecay;

    @Option(names = "--schedule", defaultValue = "cosine", description = "constant, cosine, step or exponential.")
    String schedule;

    @Option(names = "--final-lr", defaultValue = "0", description = "Last learning rate of cosine and exponential.")
    double finalLr;

    @Option(names = "--step-epochs", defaultValue = "10", description = "Epochs between steps of the step schedule.")
    int stepEpochs;

    @Option(names = "--gamma", defaultValue = "0.1", description = "Factor of the step schedule; per update for exponential (0: reach --final-lr).")
    double gamma;

    @Option(names = "--warmup-epochs", defaultValue = "1", description = "Linear warm-up epochs from lr/100 (default ${DEFAULT-VALUE}).")
    int warmupEpochs;

    @Option(names = "--validation", defaultValue = "0.1", description = "Share of training images held out (default ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--patience", defaultValue = "0", description = "Stop after N epochs without a better validation accuracy (0: never).")
    int patience;

    @Option(names = "--seed", defaultValue = "0")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "Train on the first N images only (0: all).")
    int limit;

    @Option(names = "--augment", defaultValue = "crop-flip", paramLabel = "KIND",
            description = "crop-flip (default: random crop after padding, random flip), flip, or none.")
    String augment;

    @Option(names = "--hwa", description = "Hardware-aware fine-tuning through the analog tiles of --config/--preset.")
    boolean hwa;

    @Mixin
    ConfigOption config;

    @Option(names = "--digital-layers", split = ",", paramLabel = "NAME", description = "Layers kept digital in HWA training.")
    List<String> digitalLayers = List.of();

    @Option(names = "--init", paramLabel = "CHECKPOINT", description = "Start from these weights (for fine-tuning).")
    Path init;

    @Option(names = "--teacher", paramLabel = "CHECKPOINT", description = "Distil from this (digital) checkpoint: its softened outputs join the loss.")
    Path teacher;

    @Option(names = "--distill-temperature", paramLabel = "T", description = "Softens teacher and student outputs (default 4).")
    Double distillTemperature;

    @Option(names = "--distill-weight", paramLabel = "W", description = "The distillation term's share of the loss, in (0, 1] (default 0.5).")
    Double distillWeight;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The best checkpoint.")
    Path out;

    @Option(names = "--resume", description = "Continue from the .last checkpoint beside --out if there is one.")
    boolean resume;

    @Mixin
    DeviceOption device;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetSource source = data.resolve();
        int classes = source.open("train").classNames().size();
        int size = inputSize != null ? inputSize : init != null ? CheckpointFiles.read(init).spec().inputSize()
                : ModelSpec.DEFAULT_INPUT_SIZE;
        ModelSpec modelSpec = new ModelSpec(model, classes, source.channels(), size);
        OptimizerSpec optimizerSpec = new OptimizerSpec(optimizer, learningRate, momentum, weightDecay, schedule,
                finalLr, stepEpochs, gamma, warmupEpochs);
        if (!hwa && (config.file != null || config.preset != null || !digitalLayers.isEmpty())) {
            throw new IllegalArgumentException("--config, --preset and --digital-layers need --hwa");
        }
        Augmentation augmentation;
        try {
            augmentation = Augmentation.parse(augment);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--augment: " + e.getMessage(), e);
        }
        if (teacher == null && (distillTemperature != null || distillWeight != null)) {
            throw new IllegalArgumentException("--distill-temperature and --distill-weight need --teacher");
        }
        Distillation distillation = teacher == null ? null : new Distillation(teacher,
                distillTemperature != null ? distillTemperature : Distillation.DEFAULT_TEMPERATURE,
                distillWeight != null ? distillWeight : Distillation.DEFAULT_WEIGHT);
        TrainSpec trainSpec = new TrainSpec(modelSpec, source, epochs, batchSize, optimizerSpec, validation, patience,
                seed, limit, augmentation, hwa ? config.resolve() : null, new LinkedHashSet<>(digitalLayers), init,
                out, resume, distillation);
        TerminalProgress progress = new TerminalProgress(System.err);
        ComputeDevice compute = device.resolve(progress);
        TrainingJob.Outcome outcome = new TrainingJob(trainSpec, compute, progress, CliCancellation.install()).run();
        spec.commandLine().getOut().println(JsonOutput.line(outcome));
        return DriftlabCommand.OK;
    }
}
