package org.driftlab.experiment;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.driftlab.AtomicFiles;
import org.driftlab.analog.Rng;
import org.driftlab.analog.hwa.RangeStep;
import org.driftlab.config.InputRangeParameter;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.Batch;
import org.driftlab.data.BatchLoader;
import org.driftlab.data.BatchLoaderOptions;
import org.driftlab.data.ImageDataset;
import org.driftlab.data.SubsetDataset;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.ModelSpec;
import org.driftlab.model.Network;
import org.driftlab.model.SqueezeNet;
import org.driftlab.model.TrainingRecord;

/**
 * Trains a network (digitally, or hardware-aware through the analog tiles) with a validation split, keeps the
 * best epoch in {@code out} and the latest in a resumable sibling file after every epoch.
 */
public final class TrainingJob {
    private final TrainSpec spec;
    private final ComputeDevice device;
    private final JobListener listener;
    // The optimizer's rule for the learned input ranges, which are not DJL parameters.
    private final RangeStep rangeStep;
    private final Cancellation cancellation;

    public TrainingJob(TrainSpec spec, ComputeDevice device, JobListener listener, Cancellation cancellation) {
        this.spec = spec;
        this.device = device;
        this.listener = listener;
        this.rangeStep = new RangeStep(spec.optimizer().name().equals("adamw"), spec.optimizer().learningRate(),
                spec.optimizer().momentum());
        this.cancellation = cancellation;
    }

    /** What a run achieved: the best epoch by validation accuracy (or the last, without validation). */
    public record Outcome(int epochsRun, int bestEpoch, Map<String, Double> bestMetrics, boolean stoppedEarly) {
    }

    /** Settings of an HWA configuration that DriftLab's training does not act on yet, one sentence each. */
    static List<String> untrainedSettings(RpuConfig config) {
        List<String> notes = new ArrayList<>();
        InputRangeParameter range = config.prePost().inputRange();
        if (range.enable() && range.learnInputRange()) {
            notes.add("note: input ranges are learned with the optimizer's rule at the base learning rate, without "
                    + "its schedule");
        }
        if (config.mapping().learnOutScaling()) {
            notes.add("note: mapping.learn_out_scaling is on, but DriftLab does not train output scales yet: they"
                    + " stay 1");
        }
        return notes;
    }

    public Outcome run() throws IOException {
        AtomicFiles.requireWritable(spec.out(), "checkpoint file");
        Rng rng = new Rng(spec.seed());
        ImageDataset all = spec.data().open("train");
        Split split = split(all, new SplittableRandom(spec.seed()));
        try (NDManager manager = NDManager.newBaseManager(device.device())) {
            Start start = start(manager, rng);
            Network network = start.network();
            ModelSpec modelSpec = network.spec();
            Network teacher = spec.distillation() == null ? null : teacher(manager, modelSpec);
            Network trained = spec.hardwareAware()
                    ? AnalogConversion.convert(network, spec.hwaConfig(), spec.digitalLayers(), manager, rng.split())
                    : network;
            if (spec.hardwareAware()) {
                untrainedSettings(spec.hwaConfig()).forEach(listener::message);
                InputRangeNotes.restore(trained, start.inputRanges()).ifPresent(listener::message);
            }
            List<Map<String, Double>> history = new ArrayList<>(start.history());
            int updatesPerEpoch = (split.train().size() + spec.batchSize() - 1) / spec.batchSize();
            EvaluationSet validation = split.validation() == null ? null : EvaluationSet.load(split.validation(),
                    spec.data().evaluationPipeline(modelSpec.inputSize()),
                    device.evaluationBatch(modelSpec.inputSize()), 0, manager, cancellation);
            try (Model model = Model.newInstance("driftlab", device.device())) {
                model.setBlock(trained);
                DefaultTrainingConfig config = new DefaultTrainingConfig(loss(modelSpec))
                        .optOptimizer(spec.optimizer().build(updatesPerEpoch, spec.epochs(), history.size()))
                        .optDevices(new ai.djl.Device[] {device.device()});
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(modelSpec.inputShape(spec.batchSize()));
                    return loop(trainer, trained, teacher, split, validation, history, start.bestValue());
                }
            } finally {
                if (teacher != null) {
                    teacher.close();
                }
                if (validation != null) {
                    validation.close();
                }
                if (trained != network) {
                    trained.close();
                }
                network.close();
            }
        }
    }

    private Outcome loop(Trainer trainer, Network trained, Network teacher, Split split, EvaluationSet validation,
                         List<Map<String, Double>> history, double bestSoFar) throws IOException {
        int firstEpoch = history.size() + 1;
        double best = bestSoFar;
        int bestEpoch = bestEpochOf(history);
        int sinceBest = 0;
        boolean stoppedEarly = false;
        for (int epoch = firstEpoch; epoch <= spec.epochs(); epoch++) {
            Map<String, Double> metrics = trainEpoch(trainer, trained, teacher, split.train(), epoch);
            boolean improved;
            if (validation != null) {
                Score score = Evaluator.score(trained, validation, cancellation);
                metrics.put("val_loss", score.loss());
                metrics.put("val_accuracy", score.accuracy());
                improved = score.accuracy() > best;
            } else {
                improved = true;
            }
            history.add(metrics);
            listener.message(String.format(Locale.ROOT, "epoch %d/%d: %s", epoch, spec.epochs(), format(metrics)));
            if (improved) {
                best = validation != null ? metrics.get("val_accuracy") : metrics.get("train_accuracy");
                bestEpoch = epoch;
                sinceBest = 0;
                CheckpointFiles.save(spec.out(), trained, record(history, best), spec.hwaConfig());
            } else {
                sinceBest++;
            }
            CheckpointFiles.save(spec.lastCheckpoint(), trained, record(history, best), spec.hwaConfig());
            if (spec.patience() > 0 && sinceBest >= spec.patience() && epoch < spec.epochs()) {
                listener.message("no better validation accuracy for " + sinceBest + " epochs: stopping early");
                stoppedEarly = true;
                break;
            }
        }
        return new Outcome(history.size(), bestEpoch, bestEpoch > 0 ? history.get(bestEpoch - 1) : Map.of(), stoppedEarly);
    }

    private Map<String, Double> trainEpoch(Trainer trainer, Network trained, Network teacher, ImageDataset train,
                                           int epoch) {
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        String stage = "epoch " + epoch + "/" + spec.epochs();
        BatchLoaderOptions options = BatchLoaderOptions.of(spec.batchSize()).shuffled(spec.seed() * 1_000_003L + epoch);
        try (NDManager loaderManager = trainer.getManager().newSubManager();
             BatchLoader loader = new BatchLoader(train,
                     spec.data().trainingPipeline(trained.spec().inputSize(), spec.augmentation()), loaderManager,
                     options)) {
            int total = loader.batchesUpperBound();
            int done = 0;
            while (loader.hasNext()) {
                cancellation.throwIfCancelled();
                try (Batch batch = loader.next(); NDManager step = loaderManager.newSubManager()) {
                    NDArray images = batch.images();
                    NDArray labels = batch.labels();
                    images.attach(step);
                    labels.attach(step);
                    NDArray target = trained.spec().id().equals(ModelSpec.SQUEEZENET1_1_HPML)
                            ? labels.toType(DataType.FLOAT32, false).reshape(-1, 1) : labels;
                    NDArray teacherLogits = teacher == null ? null : teacher.forward(new ParameterStore(step, false),
                            new NDList(images), false).singletonOrThrow().stopGradient();
                    NDArray outputs;
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        outputs = trainer.forward(new NDList(images)).singletonOrThrow();
                        NDArray loss = trainer.getLoss().evaluate(new NDList(target), new NDList(outputs));
                        if (teacherLogits != null) {
                            loss = spec.distillation().loss(outputs, teacherLogits, loss);
                        }
                        collector.backward(loss);
                        lossSum += loss.getFloat() * batch.size();
                    }
                    if (spec.hardwareAware()) {
                        trained.updateInputRanges(rangeStep);
                    }
                    step(trainer);
                    if (spec.hardwareAware()) {
                        trained.postUpdateStep();
                    }
                    correct += correctCount(outputs, labels);
                    seen += batch.size();
                }
                done++;
                listener.progress(new JobProgress(stage, done, total, Map.of(
                        "loss", lossSum / Math.max(1, seen), "accuracy", (double) correct / Math.max(1, seen))));
            }
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("epoch", (double) epoch);
        metrics.put("train_loss", lossSum / Math.max(1, seen));
        metrics.put("train_accuracy", (double) correct / Math.max(1, seen));
        return metrics;
    }

    private static void step(Trainer trainer) {
        try {
            trainer.step();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("Gradient values are all zeros")) {
                throw new IllegalStateException("training stopped: every gradient is zero, so the network has died"
                        + " (every class output stays below its ReLU). Start again with a smaller --lr, or with"
                        + " --warmup-epochs 1 (or more)", e);
            }
            throw e;
        }
    }

    private static long correctCount(NDArray outputs, NDArray labels) {
        NDArray predicted = outputs.getShape().get(1) == 1
                ? outputs.reshape(-1).gt(0.5f).toType(DataType.INT64, false) : outputs.argMax(1);
        return predicted.eq(labels).sum().toType(DataType.INT64, false).getLong();
    }

    private static Loss loss(ModelSpec spec) {
        return spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML)
                ? Loss.sigmoidBinaryCrossEntropyLoss("loss", 1, true) : Loss.softmaxCrossEntropyLoss();
    }

    /** The distillation teacher: a digital checkpoint with the trained model's classes and input size. */
    private Network teacher(NDManager manager, ModelSpec student) {
        Path file = spec.distillation().teacher();
        if (student.id().equals(ModelSpec.SQUEEZENET1_1_HPML)) {
            throw new IllegalArgumentException("--teacher: distillation needs a softmax classifier, and "
                    + ModelSpec.SQUEEZENET1_1_HPML + " has one sigmoid output");
        }
        Network teacher = CheckpointFiles.load(file, manager, null).network();
        ModelSpec given = teacher.spec();
        if (given.classes() != student.classes() || given.inputSize() != student.inputSize()
                || given.inChannels() != student.inChannels()) {
            teacher.close();
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--teacher %s: the teacher has %d classes"
                            + " and %d × %d × %d inputs, the trained model %d classes and %d × %d × %d inputs; they"
                            + " must agree", file, given.classes(), given.inChannels(), given.inputSize(),
                    given.inputSize(), student.classes(), student.inChannels(), student.inputSize(),
                    student.inputSize()));
        }
        listener.message("distilling from " + file + " (" + given.id() + ")");
        return teacher;
    }

    private record Start(Network network, List<Map<String, Double>> history, double bestValue,
                         Map<String, List<Double>> inputRanges) {
    }

    /** The network to train: resumed from the last epoch, loaded from a checkpoint, or initialised afresh. */
    private Start start(NDManager manager, Rng rng) {
        if (spec.resume() && Files.isRegularFile(spec.lastCheckpoint())) {
            LoadedCheckpoint last = CheckpointFiles.load(spec.lastCheckpoint(), manager, null);
            TrainingRecord record = last.checkpoint().training();
            listener.message("resuming from " + spec.lastCheckpoint() + " after epoch " + record.epochMetrics().size());
            return new Start(last.network(), record.epochMetrics(), record.bestValue(),
                    last.checkpoint().inputRanges());
        }
        if (spec.initialCheckpoint() != null) {
            LoadedCheckpoint initial = CheckpointFiles.load(spec.initialCheckpoint(), manager, spec.hwaConfig(),
                    spec.model().inputSize());
            initial.configDifferences().forEach(d -> listener.message("config " + d.keyPath() + ": the checkpoint has "
                    + d.stored() + ", using " + d.given()));
            return new Start(initial.network(), List.of(), Double.NEGATIVE_INFINITY,
                    initial.checkpoint().inputRanges());
        }
        Network network = SqueezeNet.create(spec.model());
        network.initialize(manager, rng.split());
        return new Start(network, List.of(), Double.NEGATIVE_INFINITY, Map.of());
    }

    private record Split(ImageDataset train, ImageDataset validation) {
    }

    /** A seeded random hold-out of the (limited) training images for validation. */
    private Split split(ImageDataset all, SplittableRandom random) {
        int n = spec.limit() > 0 ? Math.min(spec.limit(), all.size()) : all.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int validationSize = (int) Math.round(n * spec.validationFraction());
        if (validationSize == 0) {
            return new Split(new SubsetDataset(all, order, "train"), null);
        }
        int[] validation = java.util.Arrays.copyOfRange(order, 0, validationSize);
        int[] train = java.util.Arrays.copyOfRange(order, validationSize, n);
        java.util.Arrays.sort(validation);
        return new Split(new SubsetDataset(all, train, "train"), new SubsetDataset(all, validation, "validation"));
    }

    private TrainingRecord record(List<Map<String, Double>> history, double best) {
        String recipe = String.format(Locale.ROOT, "%s%s lr %g momentum %g weight decay %g schedule %s, batch %d, "
                        + "validation %.2f, augmentation %s, seed %d%s",
                spec.hardwareAware() ? "HWA fine-tuning, " : "", spec.optimizer().name(), spec.optimizer().learningRate(),
                spec.optimizer().momentum(), spec.optimizer().weightDecay(), spec.optimizer().schedule(),
                spec.batchSize(), spec.validationFraction(), spec.augmentation(), spec.seed(), spec.limit() > 0 ? ", limit " + spec.limit() : "")
                + (spec.distillation() != null ? ", " + spec.distillation().describe() : "");
        String dataset = spec.data().describe();
        return new TrainingRecord(dataset, recipe, history.size(), history,
                spec.validationFraction() > 0 ? "val_accuracy" : "train_accuracy", best);
    }

    private static int bestEpochOf(List<Map<String, Double>> history) {
        int best = 0;
        double value = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < history.size(); i++) {
            Double v = history.get(i).getOrDefault("val_accuracy", history.get(i).get("train_accuracy"));
            if (v != null && v > value) {
                value = v;
                best = i + 1;
            }
        }
        return best;
    }

    private static String format(Map<String, Double> metrics) {
        StringBuilder text = new StringBuilder();
        metrics.forEach((key, value) -> {
            if (!key.equals("epoch")) {
                text.append(text.length() == 0 ? "" : ", ").append(key).append(' ')
                        .append(String.format(Locale.ROOT, "%.4f", value));
            }
        });
        return text.toString();
    }
}
