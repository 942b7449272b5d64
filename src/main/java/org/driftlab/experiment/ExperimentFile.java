package org.driftlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftlab.config.ConfigException;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.ConfigProblem;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Durations;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.DatasetFormat;

/**
 * Reads experiment files (YAML or JSON), validated like RPU configurations: an unknown key, a wrong type or a value
 * out of range is an error naming the key path, the value and what is allowed. Relative paths are relative to the
 * experiment file's folder. See the README for the format.
 */
public final class ExperimentFile {
    public static final List<Double> DEFAULT_TIMES = List.of(1.0, 60.0, 3600.0, 86400.0, 7 * 86400.0, 30 * 86400.0,
            Durations.YEAR);
    private static final Set<String> KEYS = Set.of("schema_version", "name", "model", "checkpoint", "dataset", "split",
            "limit", "rpu", "rpu_file", "times", "repetitions", "seed", "device", "digital_layers",
            "compare_uncompensated", "histograms", "sweep");
    private static final Set<String> SWEEP_KEYS = Set.of("mode", "samples", "axes", "layer_sensitivity", "hwa");
    private static final Set<String> AXIS_KEYS = Set.of("key", "values", "range", "log_range", "bits");
    private static final Set<String> HWA_KEYS = Set.of("epochs", "lr", "limit");
    private static final Set<String> DATASET_KEYS = Set.of("name", "root", "format", "annotations");

    private ExperimentFile() {
    }

    public static ExperimentSpec load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such experiment file");
        }
        ConfigFormat format = ConfigFormat.fromPath(file).orElseThrow(() -> new IllegalArgumentException(file
                + ": an experiment file ends in .yaml, .yml or .json"));
        JsonNode tree = ConfigFiles.readTree(text, format, file.toString());
        Path folder = file.toAbsolutePath().getParent();
        return parse(tree, folder, file.toString());
    }

    /** Validates an experiment tree (as a file holds it); relative paths resolve against folder. */
    public static ExperimentSpec parse(JsonNode tree, Path folder, String sourceName) {
        Problems problems = new Problems();
        if (!tree.isObject()) {
            throw new ConfigException(sourceName, List.of(new ConfigProblem("", null,
                    "an experiment file is a mapping of keys (name, model, dataset, rpu, times, ...)")));
        }
        problems.unknownKeys(tree, KEYS, "");
        JsonNode version = tree.get("schema_version");
        if (version != null && (!version.isInt() || version.asInt() != 1)) {
            problems.add("schema_version", version, "only schema_version 1 exists");
        }
        String name = text(tree, "name", "experiment", problems);
        Path checkpoint = null;
        String model = null;
        boolean hasModel = tree.has("model");
        boolean hasCheckpoint = tree.has("checkpoint");
        if (hasModel == hasCheckpoint) {
            problems.add("model", null, "give exactly one of model (a shipped id: "
                    + String.join(", ", ShippedModels.IDS) + ") or checkpoint (a file)");
        } else if (hasModel) {
            model = text(tree, "model", null, problems);
            if (model != null && !ShippedModels.IDS.contains(model)) {
                problems.add("model", model, "not a shipped model; allowed: " + String.join(", ", ShippedModels.IDS));
                model = null;
            }
        } else {
            String path = text(tree, "checkpoint", null, problems);
            if (path != null) {
                checkpoint = folder.resolve(path).normalize();
                model = path;
                if (!Files.isRegularFile(checkpoint)) {
                    problems.add("checkpoint", path, "no such file (relative paths start at the experiment file's "
                            + "folder)" + (ShippedModels.IDS.contains(path) ? "; for the shipped model write model: "
                            + path : ""));
                }
            }
        }
        DatasetSource data = dataset(tree.get("dataset"), folder, problems);
        String split = text(tree, "split", "test", problems);
        if (!List.of("train", "test").contains(split)) {
            problems.add("split", split, "allowed: train, test");
        }
        int limit = integer(tree, "limit", 0, 0, Integer.MAX_VALUE, problems);
        int repetitions = integer(tree, "repetitions", 5, 1, 10_000, problems);
        long seed = integer(tree, "seed", 0, 0, Integer.MAX_VALUE, problems);
        String device = text(tree, "device", "cpu", problems);
        if (!List.of("cpu", "cuda").contains(device)) {
            problems.add("device", device, "allowed: cpu, cuda");
        }
        List<Double> times = times(tree.get("times"), problems);
        Set<String> digitalLayers = new LinkedHashSet<>();
        JsonNode layers = tree.get("digital_layers");
        if (layers != null) {
            if (!layers.isArray()) {
                problems.add("digital_layers", layers, "expected a list of layer names");
            } else {
                layers.forEach(layer -> digitalLayers.add(layer.asText()));
            }
        }
        boolean uncompensated = bool(tree, "compare_uncompensated", false, problems);
        boolean histograms = bool(tree, "histograms", true, problems);
        RpuConfig config = rpu(tree, folder, problems);
        SweepSpec sweep = tree.has("sweep") ? sweep(tree.get("sweep"), config, problems) : null;
        problems.throwIfAny(sourceName);
        Path resolved = checkpoint != null ? checkpoint : ShippedModels.checkpoint(model);
        return new ExperimentSpec(name, resolved, model, data, split, limit, config, times, repetitions, seed, device,
                digitalLayers, uncompensated, histograms, sweep, tree);
    }

    private static DatasetSource dataset(JsonNode node, Path folder, Problems problems) {
        if (node == null) {
            return DatasetSource.fashionMnist(null);
        }
        if (!node.isObject()) {
            problems.add("dataset", node, "expected a mapping with name (fashion-mnist or vww), root, format, annotations");
            return DatasetSource.fashionMnist(null);
        }
        problems.unknownKeys(node, DATASET_KEYS, "dataset.");
        String name = text(node, "name", DatasetSource.FASHION_MNIST, problems, "dataset.");
        Path root = node.has("root") ? folder.resolve(node.get("root").asText()).normalize() : null;
        Path annotations = node.has("annotations") ? folder.resolve(node.get("annotations").asText()).normalize() : null;
        DatasetFormat format = null;
        if (node.has("format")) {
            try {
                format = DatasetFormat.parse(node.get("format").asText());
            } catch (IllegalArgumentException e) {
                problems.add("dataset.format", node.get("format").asText(), "allowed: " + DatasetFormat.allowedNames());
            }
        }
        try {
            return new DatasetSource(name, format, root, annotations);
        } catch (IllegalArgumentException e) {
            problems.add("dataset", null, e.getMessage().replace("--dataset", "dataset.name")
                    .replace("--data-root DIR", "dataset.root").replace("--format", "dataset.format"));
            return DatasetSource.fashionMnist(null);
        }
    }

    private static SweepSpec sweep(JsonNode node, RpuConfig base, Problems problems) {
        if (!node.isObject()) {
            problems.add("sweep", node, "expected a mapping with mode, axes, samples, layer_sensitivity, hwa");
            return null;
        }
        problems.unknownKeys(node, SWEEP_KEYS, "sweep.");
        String mode = text(node, "mode", "grid", problems, "sweep.");
        if (!List.of("grid", "random").contains(mode)) {
            problems.add("sweep.mode", mode, "allowed: grid, random");
        }
        int samples = node.has("samples") ? node.get("samples").asInt(-1) : 10;
        if (samples < 1) {
            problems.add("sweep.samples", node.get("samples"), "expected a whole number >= 1");
        }
        boolean layers = bool(node, "layer_sensitivity", false, problems);
        List<SweepAxis> axes = new ArrayList<>();
        JsonNode axisNodes = node.get("axes");
        if (axisNodes != null && !axisNodes.isArray()) {
            problems.add("sweep.axes", axisNodes, "expected a list of {key, values | range | log_range | bits}");
        } else if (axisNodes != null) {
            for (int i = 0; i < axisNodes.size(); i++) {
                SweepAxis axis = axis(axisNodes.get(i), "sweep.axes[" + i + "]", base, problems);
                if (axis != null) {
                    axes.add(axis);
                }
            }
        }
        if (axes.isEmpty() && !layers) {
            problems.add("sweep", null, "give at least one axis, or layer_sensitivity: true");
        }
        SweepSpec.HwaStep hwa = null;
        JsonNode hwaNode = node.get("hwa");
        if (hwaNode != null) {
            problems.unknownKeys(hwaNode, HWA_KEYS, "sweep.hwa.");
            int epochs = hwaNode.path("epochs").asInt(1);
            double lr = hwaNode.path("lr").asDouble(1e-4);
            int limit = hwaNode.path("limit").asInt(0);
            if (epochs < 1 || !(lr > 0) || limit < 0) {
                problems.add("sweep.hwa", hwaNode, "epochs >= 1, lr > 0 and limit >= 0");
            }
            hwa = new SweepSpec.HwaStep(epochs, lr, limit);
        }
        return new SweepSpec(mode, axes, samples, layers, hwa);
    }

    private static SweepAxis axis(JsonNode node, String path, RpuConfig base, Problems problems) {
        if (!node.isObject() || !node.has("key")) {
            problems.add(path, node, "expected {key: KEY.PATH, values: [...]} (or range, log_range, bits)");
            return null;
        }
        problems.unknownKeys(node, AXIS_KEYS, path + ".");
        String key = node.get("key").asText();
        List<Object> values = new ArrayList<>();
        if (node.has("values") && node.get("values").isArray()) {
            node.get("values").forEach(v -> values.add(v.isNumber() ? (Object) v.asDouble()
                    : v.isBoolean() ? (Object) v.asBoolean() : v.asText()));
        } else if (node.has("range") || node.has("log_range")) {
            boolean log = node.has("log_range");
            JsonNode range = node.get(log ? "log_range" : "range");
            double from = range.path("from").asDouble(Double.NaN);
            double to = range.path("to").asDouble(Double.NaN);
            int steps = range.path("steps").asInt(0);
            if (Double.isNaN(from) || Double.isNaN(to) || steps < 2 || log && (from <= 0 || to <= 0)) {
                problems.add(path + (log ? ".log_range" : ".range"), range,
                        "expected {from, to, steps >= 2}" + (log ? " with from, to > 0" : ""));
                return null;
            }
            for (int i = 0; i < steps; i++) {
                double f = (double) i / (steps - 1);
                values.add(log ? Math.exp(Math.log(from) + f * (Math.log(to) - Math.log(from))) : from + f * (to - from));
            }
        } else if (node.has("bits") && node.get("bits").isArray()) {
            if (!key.equals("forward.inp_res") && !key.equals("forward.out_res")) {
                problems.add(path + ".bits", null, "bits are for forward.inp_res and forward.out_res only");
                return null;
            }
            for (JsonNode bits : node.get("bits")) {
                try {
                    values.add(org.driftlab.config.Resolution.resFromBits(bits.asInt()));
                } catch (IllegalArgumentException e) {
                    problems.add(path + ".bits", bits, e.getMessage());
                }
            }
        } else {
            problems.add(path, node, "give values: [...], range: {from, to, steps}, log_range: {...} or bits: [...]");
            return null;
        }
        for (Object value : values) {
            try {
                ConfigTree.with(base, key, value);
            } catch (ConfigException e) {
                e.problems().forEach(p -> problems.add(path + " (" + key + ")", p.value(), p.message()));
                return null;
            } catch (IllegalArgumentException e) {
                problems.add(path + ".key", key, e.getMessage());
                return null;
            }
        }
        return values.isEmpty() ? null : new SweepAxis(key, values);
    }

    private static List<Double> times(JsonNode node, Problems problems) {
        if (node == null) {
            return DEFAULT_TIMES;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("times", node, "expected a non-empty list of times, e.g. [1s, 1h, 1d, 1y]");
            return DEFAULT_TIMES;
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                double t = node.get(i).isNumber() ? node.get(i).asDouble() : Durations.parse(node.get(i).asText());
                if (t < 0) {
                    throw new IllegalArgumentException("times are >= 0");
                }
                times.add(t);
            } catch (IllegalArgumentException e) {
                problems.add("times[" + i + "]", node.get(i), e.getMessage());
            }
        }
        return times;
    }

    private static RpuConfig rpu(JsonNode tree, Path folder, Problems problems) {
        JsonNode inline = tree.get("rpu");
        JsonNode file = tree.get("rpu_file");
        if (inline != null && file != null) {
            problems.add("rpu", null, "give rpu (inline) or rpu_file, not both");
            return RpuConfig.defaults();
        }
        try {
            if (file != null) {
                return ConfigFiles.load(folder.resolve(file.asText()));
            }
            if (inline != null) {
                if (!inline.isObject()) {
                    problems.add("rpu", inline, "expected an RPU configuration mapping (preset and groups)");
                    return RpuConfig.defaults();
                }
                ObjectNode copy = inline.deepCopy();
                copy.remove("schema_version");
                return ConfigTree.fromTree(copy);
            }
        } catch (ConfigException e) {
            String prefix = file != null ? "rpu_file (" + file.asText() + ") " : "rpu.";
            e.problems().forEach(p -> problems.add(prefix + p.keyPath(), p.value(), p.message()));
        }
        return RpuConfig.defaults();
    }

    private static String text(JsonNode tree, String key, String fallback, Problems problems) {
        return text(tree, key, fallback, problems, "");
    }

    private static String text(JsonNode tree, String key, String fallback, Problems problems, String prefix) {
        JsonNode node = tree.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isTextual()) {
            problems.add(prefix + key, node, "expected text");
            return fallback;
        }
        return node.asText();
    }

    private static int integer(JsonNode tree, String key, int fallback, int min, int max, Problems problems) {
        JsonNode node = tree.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
            problems.add(key, node, "expected a whole number in [" + min + ", " + max + "]");
            return fallback;
        }
        return node.asInt();
    }

    private static boolean bool(JsonNode tree, String key, boolean fallback, Problems problems) {
        JsonNode node = tree.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problems.add(key, node, "expected true or false");
            return fallback;
        }
        return node.asBoolean();
    }

    /** The problems of one file, all reported at once. */
    private static final class Problems {
        private final List<ConfigProblem> list = new ArrayList<>();

        void add(String key, Object value, String message) {
            list.add(new ConfigProblem(key, value, message));
        }

        void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                String key = it.next().getKey();
                if (!allowed.contains(key)) {
                    add(prefix + key, null, "unknown key; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
        }

        void throwIfAny(String source) {
            if (!list.isEmpty()) {
                throw new ConfigException(source, list);
            }
        }
    }
}
