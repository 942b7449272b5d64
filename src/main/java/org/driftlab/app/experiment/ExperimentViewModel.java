package org.driftlab.app.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.Durations;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.Augmentation;
import org.driftlab.experiment.DatasetSource;
import org.driftlab.experiment.Distillation;
import org.driftlab.experiment.ExperimentFile;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.OptimizerSpec;
import org.driftlab.experiment.ShippedModels;
import org.driftlab.experiment.TrainSpec;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.ModelSpec;

/**
 * The experiment panel's state as text fields, turned into the same experiment tree an experiment file holds, and
 * validated by the same code ({@link ExperimentFile#parse}); training specs are built as the CLI builds them.
 */
public final class ExperimentViewModel {
    public static final String CHECKPOINT_FILE = "checkpoint file…";
    public static final String EMBEDDED = "Fashion-MNIST (embedded)";
    public static final String FASHION_FOLDER = "Fashion-MNIST folder (IDX)";
    public static final String VWW = "Visual Wake Words";
    public static final List<String> DATASETS = List.of(EMBEDDED, FASHION_FOLDER, VWW);
    public static final String DEFAULT_TIMES = "1s, 1min, 1h, 1d, 7d, 30d, 1y";

    private final StringProperty name = new SimpleStringProperty("quickstart");
    private final StringProperty model = new SimpleStringProperty("default-hwa");
    private final StringProperty checkpoint = new SimpleStringProperty("");
    private final StringProperty dataset = new SimpleStringProperty(EMBEDDED);
    private final StringProperty dataRoot = new SimpleStringProperty("");
    private final StringProperty dataFormat = new SimpleStringProperty("pyvww");
    private final StringProperty annotations = new SimpleStringProperty("");
    private final StringProperty split = new SimpleStringProperty("test");
    private final StringProperty times = new SimpleStringProperty(DEFAULT_TIMES);
    private final StringProperty repetitions = new SimpleStringProperty("3");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final StringProperty limit = new SimpleStringProperty("2000");
    private final StringProperty device = new SimpleStringProperty("cpu");
    private final BooleanProperty histograms = new SimpleBooleanProperty(true);
    private final BooleanProperty compareUncompensated = new SimpleBooleanProperty(false);
    private final StringProperty sweepKey1 = new SimpleStringProperty("noise_model.drift_scale");
    private final StringProperty sweepValues1 = new SimpleStringProperty("0.5, 1, 2");
    private final StringProperty sweepKey2 = new SimpleStringProperty("");
    private final StringProperty sweepValues2 = new SimpleStringProperty("");
    private final StringProperty architecture = new SimpleStringProperty(ModelSpec.SQUEEZENET1_1);
    private final StringProperty inputSize = new SimpleStringProperty(String.valueOf(ModelSpec.DEFAULT_INPUT_SIZE));
    private final StringProperty epochs = new SimpleStringProperty("1");
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final StringProperty batchSize = new SimpleStringProperty("64");
    private final StringProperty trainLimit = new SimpleStringProperty("0");
    private final ObjectProperty<Augmentation> augmentation = new SimpleObjectProperty<>(Augmentation.CROP_FLIP);
    private final BooleanProperty distilFromStart = new SimpleBooleanProperty(false);

    public StringProperty name() { return name; }
    public StringProperty model() { return model; }
    public StringProperty checkpoint() { return checkpoint; }
    public StringProperty dataset() { return dataset; }
    public StringProperty dataRoot() { return dataRoot; }
    public StringProperty dataFormat() { return dataFormat; }
    public StringProperty annotations() { return annotations; }
    public StringProperty split() { return split; }
    public StringProperty times() { return times; }
    public StringProperty repetitions() { return repetitions; }
    public StringProperty seed() { return seed; }
    public StringProperty limit() { return limit; }
    public StringProperty device() { return device; }
    public BooleanProperty histograms() { return histograms; }
    public BooleanProperty compareUncompensated() { return compareUncompensated; }
    public StringProperty sweepKey1() { return sweepKey1; }
    public StringProperty sweepValues1() { return sweepValues1; }
    public StringProperty sweepKey2() { return sweepKey2; }
    public StringProperty sweepValues2() { return sweepValues2; }
    public StringProperty architecture() { return architecture; }
    public StringProperty inputSize() { return inputSize; }
    public StringProperty epochs() { return epochs; }
    public StringProperty learningRate() { return learningRate; }
    public StringProperty batchSize() { return batchSize; }
    public StringProperty trainLimit() { return trainLimit; }
    public ObjectProperty<Augmentation> augmentation() { return augmentation; }
    public BooleanProperty distilFromStart() { return distilFromStart; }

    /** What kind of sweep to add to the experiment. */
    public enum SweepKind { NONE, AXES, LAYER_SENSITIVITY }

    /**
     * The experiment as a file would hold it, with the editor's RPU configuration tree under rpu. Fields are put as
     * typed, so that the experiment parser names the key and the allowed values of anything wrong.
     */
    public ObjectNode experimentTree(JsonNode rpuTree, SweepKind sweep) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode tree = f.objectNode();
        tree.put("schema_version", 1);
        tree.put("name", name.get().trim());
        if (CHECKPOINT_FILE.equals(model.get())) {
            tree.put("checkpoint", checkpoint.get().trim());
        } else {
            tree.put("model", model.get());
        }
        tree.set("dataset", datasetTree());
        tree.put("split", split.get().trim());
        tree.set("limit", number(limit.get()));
        tree.set("rpu", rpuTree == null ? f.objectNode() : rpuTree.deepCopy());
        ArrayNode timeList = tree.putArray("times");
        for (String t : times.get().split(",")) {
            if (!t.isBlank()) {
                timeList.add(t.trim());
            }
        }
        tree.set("repetitions", number(repetitions.get()));
        tree.set("seed", number(seed.get()));
        tree.put("device", device.get());
        tree.put("histograms", histograms.get());
        tree.put("compare_uncompensated", compareUncompensated.get());
        if (sweep == SweepKind.LAYER_SENSITIVITY) {
            tree.putObject("sweep").put("layer_sensitivity", true);
        } else if (sweep == SweepKind.AXES) {
            ObjectNode sweepNode = tree.putObject("sweep");
            sweepNode.put("mode", "grid");
            ArrayNode axes = sweepNode.putArray("axes");
            addAxis(axes, sweepKey1.get(), sweepValues1.get());
            addAxis(axes, sweepKey2.get(), sweepValues2.get());
        }
        return tree;
    }

    /** Validates and resolves the experiment; a problem throws with every key path, value and allowed range. */
    public ExperimentSpec spec(JsonNode rpuTree, SweepKind sweep) {
        return ExperimentFile.parse(experimentTree(rpuTree, sweep), Path.of("").toAbsolutePath(), "the experiment panel");
    }

    /** Fills the fields from an experiment file; the RPU configuration in it is returned for the editor. */
    public JsonNode loadFile(Path file) throws IOException {
        ExperimentSpec loaded = ExperimentFile.load(file);
        JsonNode source = loaded.source();
        name.set(loaded.name());
        if (source.has("checkpoint")) {
            model.set(CHECKPOINT_FILE);
            checkpoint.set(loaded.checkpoint().toString());
        } else {
            model.set(loaded.model());
        }
        DatasetSource data = loaded.data();
        if (data.isFashionMnist()) {
            dataset.set(data.root() == null ? EMBEDDED : FASHION_FOLDER);
        } else {
            dataset.set(VWW);
            dataFormat.set(data.format().cliName());
            annotations.set(data.annotations() == null ? "" : data.annotations().toString());
        }
        dataRoot.set(data.root() == null ? "" : data.root().toString());
        split.set(loaded.split());
        limit.set(String.valueOf(loaded.limit()));
        times.set(String.join(", ", loaded.times().stream().map(Durations::format).toList()));
        repetitions.set(String.valueOf(loaded.repetitions()));
        seed.set(String.valueOf(loaded.seed()));
        device.set(loaded.device() == null ? "cpu" : loaded.device());
        histograms.set(loaded.histograms());
        compareUncompensated.set(loaded.compareUncompensated());
        return ConfigFiles.readTree(ConfigFiles.toText(loaded.config(), ConfigFormat.JSON), ConfigFormat.JSON,
                file.toString());
    }

    /** The checkpoint of the chosen model (a shipped one or the file). */
    public Path modelCheckpoint() {
        if (CHECKPOINT_FILE.equals(model.get())) {
            String path = checkpoint.get().trim();
            if (path.isEmpty()) {
                throw new IllegalArgumentException("model: choose a checkpoint file");
            }
            return Path.of(path);
        }
        return ShippedModels.checkpoint(model.get());
    }

    /**
     * A training job as `driftlab train` builds it. Digital training starts from scratch with the chosen
     * architecture; HWA fine-tuning starts from the chosen model, keeps its architecture and trains through the
     * tiles of the given configuration, distilling from that starting model when asked (`--teacher` with the
     * defaults).
     */
    public TrainSpec trainSpec(RpuConfig hwaConfig, Path out) throws IOException {
        List<String> problems = new ArrayList<>();
        int epochCount = positive("epochs", epochs.get(), problems);
        int batch = positive("batch size", batchSize.get(), problems);
        int size = positive("input size", inputSize.get(), problems);
        int imageLimit = nonNegative("training images", trainLimit.get(), problems);
        double lr = positiveReal("learning rate", learningRate.get(), problems);
        long seedValue = whole("seed", seed.get(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        DatasetSource source = datasetSource();
        ModelSpec modelSpec;
        Path init = null;
        if (hwaConfig != null) {
            init = modelCheckpoint();
            modelSpec = CheckpointFiles.read(init).spec();
        } else {
            int classes = source.open("train").classNames().size();
            modelSpec = new ModelSpec(architecture.get(), classes, source.channels(), size);
        }
        OptimizerSpec optimizer = new OptimizerSpec("adamw", lr, 0.9, 1e-4, "cosine", 0, 10, 0.1,
                hwaConfig != null ? 0 : 1);
        Distillation distillation = hwaConfig != null && distilFromStart.get() ? new Distillation(init,
                Distillation.DEFAULT_TEMPERATURE, Distillation.DEFAULT_WEIGHT) : null;
        return new TrainSpec(modelSpec, source, epochCount, batch, optimizer, 0.1, 0, seedValue, imageLimit,
                augmentation.get(), hwaConfig, new LinkedHashSet<>(), init, out, false, distillation);
    }

    /** Where a trained model goes by default: the models folder beside the run store. */
    public Path defaultTrainingOutput(Path runsRoot, boolean hwa) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path parent = runsRoot.toAbsolutePath().getParent();
        return parent.resolve("models").resolve(name.get().trim().replaceAll("[^A-Za-z0-9._-]", "_")
                + (hwa ? "-hwa-" : "-digital-") + stamp + ".ckpt");
    }

    public DatasetSource datasetSource() {
        return switch (dataset.get()) {
            case EMBEDDED -> DatasetSource.fashionMnist(null);
            case FASHION_FOLDER -> DatasetSource.fashionMnist(requiredPath("dataset folder", dataRoot.get()));
            default -> new DatasetSource(DatasetSource.VWW,
                    org.driftlab.data.DatasetFormat.parse(dataFormat.get()),
                    requiredPath("dataset folder", dataRoot.get()),
                    annotations.get().isBlank() ? null : Path.of(annotations.get().trim()));
        };
    }

    private ObjectNode datasetTree() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        switch (dataset.get()) {
            case EMBEDDED -> node.put("name", DatasetSource.FASHION_MNIST);
            case FASHION_FOLDER -> {
                node.put("name", DatasetSource.FASHION_MNIST);
                node.put("root", dataRoot.get().trim());
            }
            default -> {
                node.put("name", DatasetSource.VWW);
                node.put("root", dataRoot.get().trim());
                node.put("format", dataFormat.get());
                if (!annotations.get().isBlank()) {
                    node.put("annotations", annotations.get().trim());
                }
            }
        }
        return node;
    }

    private static void addAxis(ArrayNode axes, String key, String values) {
        if (key == null || key.isBlank()) {
            return;
        }
        ObjectNode axis = axes.addObject();
        axis.put("key", key.trim());
        ArrayNode list = axis.putArray("values");
        for (String value : values.split(",")) {
            if (!value.isBlank()) {
                list.add(scalar(value.trim()));
            }
        }
    }

    private static JsonNode scalar(String text) {
        JsonNode number = number(text);
        if (number.isNumber()) {
            return number;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    /** A number where the text is one, else the text itself, so the parser reports it with its key. */
    private static JsonNode number(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(trimmed));
        } catch (NumberFormatException notWhole) {
            try {
                return JsonNodeFactory.instance.numberNode(Double.parseDouble(trimmed));
            } catch (NumberFormatException notNumber) {
                return JsonNodeFactory.instance.textNode(trimmed);
            }
        }
    }

    private static Path requiredPath(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + ": choose a folder");
        }
        return Path.of(text.trim());
    }

    private static int positive(String what, String text, List<String> problems) {
        return wholeAtLeast(what, text, 1, problems);
    }

    private static int nonNegative(String what, String text, List<String> problems) {
        return wholeAtLeast(what, text, 0, problems);
    }

    private static int wholeAtLeast(String what, String text, int minimum, List<String> problems) {
        long value = whole(what, text, problems);
        if (value < minimum || value > Integer.MAX_VALUE) {
            problems.add(what + " must be a whole number ≥ " + minimum + "; got '" + text + "'");
            return minimum;
        }
        return (int) value;
    }

    private static long whole(String what, String text, List<String> problems) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.add(what + " must be a whole number; got '" + text + "'");
            return 0;
        }
    }

    private static double positiveReal(String what, String text, List<String> problems) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(what + " must be a number > 0; got '" + text + "'");
        return 1;
    }
}
