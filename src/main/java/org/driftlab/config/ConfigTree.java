package org.driftlab.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link RpuConfig} as a Jackson tree with file keys, and access to any leaf by key path. Every way back to a
 * record validates, so sweeps over any key (e.g. {@code noise_model.drift_scale}) cannot build a bad config.
 */
public final class ConfigTree {
    private ConfigTree() {
    }

    /** The config as a tree with file keys; the noise model carries its {@code "type"} first. */
    public static ObjectNode toTree(RpuConfig config) {
        ObjectNode tree = mapper().valueToTree(config);
        tree.set("noise_model", noiseModelTree(config.noiseModel()));
        return tree;
    }

    /** One noise model as a tree, {@code "type"} first. */
    public static ObjectNode noiseModelTree(NoiseModelParameter noiseModel) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", noiseModel.type().name().toLowerCase(Locale.ROOT));
        node.setAll((ObjectNode) mapper().valueToTree(noiseModel));
        return node;
    }

    /**
     * A config from a tree of file keys, laid on {@code inference_default} (or on the tree's {@code "preset"}),
     * validated.
     *
     * @throws ConfigException with every problem found
     */
    public static RpuConfig fromTree(JsonNode tree) {
        return ConfigResolver.resolve(tree, null);
    }

    /** The value at a leaf key path: Double, Integer, Boolean, String (enum values in lower case), List or Map. */
    public static Object get(RpuConfig config, String keyPath) {
        JsonNode node = toTree(config).at(pointer(keyPath));
        if (node.isMissingNode() || node.isContainerNode() && ParameterCatalog.find(keyPath).isEmpty()) {
            throw new ConfigException(List.of(new ConfigProblem(keyPath, null, "no such parameter for this config; "
                    + "allowed: the key paths of ParameterCatalog for noise model "
                    + config.noiseModel().type().name().toLowerCase(Locale.ROOT))));
        }
        return mapper().convertValue(node, Object.class);
    }

    /** A copy of {@code config} with one leaf set; setting {@code noise_model.type} switches to its defaults. */
    public static RpuConfig with(RpuConfig config, String keyPath, Object value) {
        return withAll(config, Map.of(keyPath, value));
    }

    /**
     * A copy of {@code config} with several leaves set, validated once at the end (so that settings which only
     * make sense together can be applied). Values may be numbers, booleans, strings, enums, lists, maps or
     * Jackson nodes.
     */
    public static RpuConfig withAll(RpuConfig config, Map<String, ?> values) {
        ObjectNode overlay = JsonNodeFactory.instance.objectNode();
        List<ConfigProblem> problems = new ArrayList<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            try {
                putLeaf(overlay, entry.getKey(), toNode(entry.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(entry.getKey(), entry.getValue(), "cannot be written as a value"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return ConfigResolver.layOn(toTree(config), overlay, null);
    }

    /**
     * A copy of a full tree, valid or not, with one leaf set by the rules of {@link #withAll} (a new noise-model or
     * converter type starts from that type's defaults). Not validated, so that an editor can hold invalid values;
     * {@link #fromTree} tells what is wrong.
     */
    public static ObjectNode withLeaf(ObjectNode tree, String keyPath, JsonNode value) {
        ObjectNode overlay = JsonNodeFactory.instance.objectNode();
        putLeaf(overlay, keyPath, value);
        return ConfigResolver.merged(tree, overlay);
    }

    private static void putLeaf(ObjectNode overlay, String keyPath, JsonNode value) {
        String[] parts = keyPath.split("\\.");
        ObjectNode parent = overlay;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
    }

    static JsonNode toNode(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Enum<?> constant) {
            return JsonNodeFactory.instance.textNode(constant.name().toLowerCase(Locale.ROOT));
        }
        return mapper().valueToTree(value);
    }

    /** The record of one group from a validated tree. */
    static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated tree does not convert: " + e.getOriginalMessage(), e);
        }
    }

    static String pointer(String keyPath) {
        return "/" + keyPath.replace(".", "/");
    }

    private static ObjectMapper mapper() {
        return ConfigMappers.json();
    }
}
