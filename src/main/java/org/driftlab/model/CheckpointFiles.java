package org.driftlab.model;

import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.driftlab.AtomicFiles;
import org.driftlab.Version;
import org.driftlab.analog.Rng;
import org.driftlab.config.ConfigException;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.RpuConfig;

/**
 * Checkpoint files: one zip with the manifest (format, DriftLab version, model spec), the parameters of the digital
 * network (DJL's saveParameters; an analog network is saved through its digital twin), the training record and the
 * training RPU configuration. Written through a temporary file and an atomic move.
 */
public final class CheckpointFiles {
    public static final String FORMAT = "driftlab-checkpoint";
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "driftlab-checkpoint.json";
    static final String PARAMETERS = "parameters.bin";
    static final String TRAINING = "training.json";
    static final String CONFIG = "rpu-config.json";
    static final String INPUT_RANGES = "input-ranges.json";
    private static final String EXPECTED = "a DriftLab checkpoint (a zip file holding " + MANIFEST + ", " + PARAMETERS
            + ", " + TRAINING + " and optionally " + CONFIG + ")";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckpointFiles() {
    }

    public static void save(Path path, Network network, TrainingRecord training, RpuConfig trainingConfig) {
        save(path, network, training, trainingConfig, Version.get());
    }

    public static void save(Path path, Network network, TrainingRecord training, RpuConfig trainingConfig,
                            String driftlabVersion) {
        Path absolute = path.toAbsolutePath();
        try {
            byte[] parameters = parameterBytes(network);
            Map<String, List<Double>> ranges = network.inputRanges();
            AtomicFiles.write(absolute, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out))) {
                    put(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(manifest(network, driftlabVersion)));
                    put(zip, PARAMETERS, parameters);
                    put(zip, TRAINING, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(trainingTree(training)));
                    if (trainingConfig != null) {
                        put(zip, CONFIG, ConfigFiles.toJson(trainingConfig).getBytes(StandardCharsets.UTF_8));
                    }
                    if (!ranges.isEmpty()) {
                        put(zip, INPUT_RANGES, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(ranges));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + path, e);
        }
    }

    private static byte[] parameterBytes(Network network) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (network.analogLayerBlocks().isEmpty()) {
                network.saveParameters(out);
            } else {
                try (NDManager scratch = NDManager.newBaseManager()) {
                    AnalogConversion.toDigital(network, scratch).saveParameters(out);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static ObjectNode manifest(Network network, String driftlabVersion) {
        ModelSpec spec = network.spec();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("driftlab_version", driftlabVersion);
        ObjectNode model = root.putObject("model");
        model.put("id", spec.id());
        model.put("classes", spec.classes());
        model.put("in_channels", spec.inChannels());
        model.put("input_size", spec.inputSize());
        OutputScale scale = network.outputScale();
        if (scale.perClass()) {
            ArrayNode factors = model.putArray("output_scale");
            for (float factor : scale.factors()) {
                factors.add((double) factor);
            }
        } else if (!scale.isOne()) {
            model.put("output_scale", (double) scale.factors()[0]);
        }
        return root;
    }

    private static ObjectNode trainingTree(TrainingRecord training) {
        ObjectNode root = JSON.createObjectNode();
        root.put("dataset", training.dataset());
        root.put("recipe", training.recipe());
        root.put("epochs", training.epochs());
        root.set("epoch_metrics", JSON.valueToTree(training.epochMetrics()));
        root.put("best_metric", training.bestMetric());
        root.put("best_value", training.bestValue());
        return root;
    }

    /** The checkpoint's contents without its parameters. */
    public static Checkpoint read(Path path) {
        try (ZipFile zip = open(path)) {
            return readCheckpoint(path, zip);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /**
     * Loads the digital network and its parameters. When {@code givenConfig} is not null it wins over the stored
     * training configuration, and the keys where they differ are reported.
     */
    public static LoadedCheckpoint load(Path path, NDManager manager, RpuConfig givenConfig) {
        return load(path, manager, givenConfig, 0);
    }

    /**
     * The same, with the network built for another input size (0: the stored one), to fine-tune at that size.
     * SqueezeNet's parameters fit any size; the HPML variant's linear layer fits only the size it was trained at.
     */
    public static LoadedCheckpoint load(Path path, NDManager manager, RpuConfig givenConfig, int inputSize) {
        try (ZipFile zip = open(path)) {
            Checkpoint checkpoint = readCheckpoint(path, zip);
            ModelSpec stored = checkpoint.spec();
            ModelSpec spec = inputSize <= 0 || inputSize == stored.inputSize() ? stored
                    : new ModelSpec(stored.id(), stored.classes(), stored.inChannels(), inputSize);
            Network network = SqueezeNet.create(spec);
            network.initialize(manager, new Rng(0));
            network.setOutputScale(checkpoint.outputScale());
            try (DataInputStream in = new DataInputStream(entry(path, zip, PARAMETERS))) {
                Map<String, Shape> needed = parameterShapes(network);
                network.loadParameters(manager, in);
                requireShapes(needed, parameterShapes(network));
            } catch (EngineException e) {
                // Not the file's fault: a libtorch that DJL's JNI was not built for fails here first.
                throw new IllegalStateException(path + ": the tensor engine failed while loading the parameters "
                        + "(a fault of the engine, not of the file): " + e.getMessage(), e);
            } catch (MalformedModelException | IOException | RuntimeException e) {
                throw new IllegalArgumentException(path + ": the parameters do not fit a " + spec.id()
                        + " with " + spec.classes() + " classes and " + spec.inChannels()
                        + " input channels at " + spec.inputSize() + " pixels"
                        + (spec == stored ? "" : " (it was trained at " + stored.inputSize() + ")") + ": "
                        + e.getMessage(), e);
            }
            RpuConfig storedConfig = checkpoint.trainingConfig();
            List<ConfigDifference> differences = givenConfig == null || storedConfig == null
                    ? List.of() : ConfigDiff.between(storedConfig, givenConfig);
            return new LoadedCheckpoint(checkpoint, network, givenConfig != null ? givenConfig : storedConfig,
                    differences);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static Map<String, Shape> parameterShapes(Network network) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        network.getParameters().forEach(pair -> shapes.put(pair.getKey(), pair.getValue().getArray().getShape()));
        return shapes;
    }

    /** DJL takes stored arrays of any shape; a parameter that does not fit would fail only in the first forward. */
    private static void requireShapes(Map<String, Shape> needed, Map<String, Shape> loaded) {
        needed.forEach((name, shape) -> {
            if (!shape.equals(loaded.get(name))) {
                throw new IllegalArgumentException("parameter " + name + " is stored as " + loaded.get(name)
                        + ", the network needs " + shape);
            }
        });
    }

    private static ZipFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + ": no such file; expected " + EXPECTED);
        }
        try {
            if (Files.size(path) == 0) {
                throw new IllegalArgumentException(path + " is empty; expected " + EXPECTED);
            }
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new IllegalArgumentException(path + " is not a zip file or is truncated (" + e.getMessage()
                    + "); expected " + EXPECTED, e);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static IllegalArgumentException unreadable(Path path, IOException e) {
        return new IllegalArgumentException(path + " cannot be read as " + EXPECTED + ": " + e, e);
    }

    private static InputStream entry(Path path, ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalArgumentException(path + " has no entry " + name + "; expected " + EXPECTED);
        }
        return zip.getInputStream(entry);
    }

    private static Checkpoint readCheckpoint(Path path, ZipFile zip) throws IOException {
        JsonNode manifest = json(path, zip, MANIFEST);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new IllegalArgumentException(path + ": " + MANIFEST + " does not name the format " + FORMAT
                    + "; expected " + EXPECTED);
        }
        int version = manifest.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException(path + ": checkpoint format version " + version
                    + " is not supported; this DriftLab reads version " + FORMAT_VERSION);
        }
        JsonNode model = manifest.path("model");
        ModelSpec spec;
        try {
            spec = new ModelSpec(model.path("id").asText(null), model.path("classes").asInt(),
                    model.path("in_channels").asInt(), model.path("input_size").asInt());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": the model in " + MANIFEST + " is invalid: " + e.getMessage(), e);
        }
        OutputScale outputScale = outputScale(path, model.path("output_scale"), spec);
        JsonNode training = json(path, zip, TRAINING);
        TrainingRecord record = new TrainingRecord(training.path("dataset").asText(null),
                training.path("recipe").asText(null), training.path("epochs").asInt(),
                JSON.convertValue(training.path("epoch_metrics"), new TypeReference<List<Map<String, Double>>>() { }),
                training.path("best_metric").asText(null), training.path("best_value").asDouble(Double.NaN));
        RpuConfig config = null;
        if (zip.getEntry(CONFIG) != null) {
            try (InputStream in = entry(path, zip, CONFIG)) {
                config = ConfigFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ConfigFormat.JSON,
                        path + "!/" + CONFIG);
            } catch (ConfigException e) {
                throw new IllegalArgumentException(path + ": the stored RPU configuration is invalid: "
                        + e.getMessage(), e);
            }
        }
        Map<String, List<Double>> ranges = Map.of();
        if (zip.getEntry(INPUT_RANGES) != null) {
            try {
                ranges = JSON.convertValue(json(path, zip, INPUT_RANGES),
                        new TypeReference<Map<String, List<Double>>>() { });
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": " + INPUT_RANGES + " is not a map from layer names to "
                        + "lists of numbers: " + e.getMessage(), e);
            }
        }
        return new Checkpoint(spec, record, config, manifest.path("driftlab_version").asText("unknown"), ranges,
                outputScale);
    }

    /** The manifest's output_scale: absent (1), a number, or one number per class; each finite and positive. */
    private static OutputScale outputScale(Path path, JsonNode node, ModelSpec spec) {
        if (node.isMissingNode()) {
            return OutputScale.ONE;
        }
        boolean perClass = node.isArray() && node.size() == spec.classes() && spec.classes() > 1;
        float[] factors = new float[perClass ? node.size() : 1];
        boolean valid = node.isNumber() || perClass;
        for (int k = 0; valid && k < factors.length; k++) {
            JsonNode value = perClass ? node.get(k) : node;
            double factor = value.asDouble();
            valid = value.isNumber() && (float) factor > 0 && factor <= Float.MAX_VALUE;
            factors[k] = (float) factor;
        }
        OutputScale scale = valid ? OutputScale.of(factors) : null;
        if (scale == null || (!scale.isOne() && spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML))) {
            throw new IllegalArgumentException(path + ": the model's output_scale in " + MANIFEST + " is " + node
                    + "; allowed: a finite positive number, or one per class (" + spec.classes() + "); 1 for "
                    + ModelSpec.SQUEEZENET1_1_HPML);
        }
        return scale;
    }

    private static JsonNode json(Path path, ZipFile zip, String name) throws IOException {
        try (InputStream in = entry(path, zip, name)) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(path + ": " + name + " is not valid JSON (" + e.getOriginalMessage()
                    + "); expected " + EXPECTED, e);
        }
    }
}
