package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a file tree into a validated {@link RpuConfig}: checks the top level, lays the file's keys on its preset
 * and validates field by field, then across fields.
 */
final class ConfigResolver {
    static final int SCHEMA_VERSION = 1;
    static final String SCHEMA_VERSION_KEY = "schema_version";
    static final String PRESET_KEY = "preset";

    private ConfigResolver() {
    }

    static RpuConfig resolve(JsonNode fileTree, String source) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (fileTree == null || !fileTree.isObject()) {
            throw new ConfigException(source, List.of(new ConfigProblem("", fileTree,
                    "the file must hold a mapping of keys (schema_version, preset, forward, noise_model, ...)")));
        }
        ObjectNode overlay = ((ObjectNode) fileTree).deepCopy();
        checkSchemaVersion(overlay.remove(SCHEMA_VERSION_KEY), problems);
        RpuConfig base = presetOf(overlay.remove(PRESET_KEY), problems);
        try {
            RpuConfig config = layOn(ConfigTree.toTree(base), overlay, source);
            if (problems.isEmpty()) {
                return config;
            }
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        throw new ConfigException(source, problems);
    }

    /**
     * Lays {@code overlay} on {@code base} (a full tree), then validates. Cross-field checks also run when some
     * fields are bad, on a copy where those fields hold their defaults, so that one run reports every problem.
     */
    static RpuConfig layOn(ObjectNode base, ObjectNode overlay, String source) {
        ObjectNode merged = merged(base, overlay);
        List<ConfigProblem> problems = new ArrayList<>(TreeValidator.validate(merged));
        if (problems.isEmpty()) {
            RpuConfig config = toRecord(merged);
            problems.addAll(CrossFieldValidator.check(config));
            if (problems.isEmpty()) {
                return config;
            }
            throw new ConfigException(source, problems);
        }
        Set<String> badPaths = new HashSet<>();
        problems.forEach(p -> badPaths.add(p.keyPath()));
        try {
            CrossFieldValidator.check(toRecord(withDefaultsAt(merged, badPaths))).stream()
                    .filter(p -> !badPaths.contains(p.keyPath()))
                    .forEach(problems::add);
        } catch (RuntimeException tooBrokenToCheckAcrossFields) {
            // The field problems already explain what is wrong.
        }
        throw new ConfigException(source, problems);
    }

    /** {@code overlay} laid on a copy of {@code base}, with the type-restart rules, not validated. */
    static ObjectNode merged(ObjectNode base, ObjectNode overlay) {
        ObjectNode merged = base.deepCopy();
        merge(merged, overlay, "");
        return merged;
    }

    /** A copy with each bad key replaced by its default, or removed where it has none. */
    private static ObjectNode withDefaultsAt(ObjectNode tree, Set<String> keyPaths) {
        ObjectNode copy = tree.deepCopy();
        ObjectNode defaults = ConfigTree.toTree(RpuConfig.defaults());
        enumValue(NoiseModelType.class, copy.at("/noise_model/type")).ifPresent(type ->
                defaults.set("noise_model", ConfigTree.noiseModelTree(NoiseModelParameter.defaults(type))));
        for (String keyPath : keyPaths) {
            int dot = keyPath.lastIndexOf('.');
            JsonNode parent = dot < 0 ? copy : copy.at(ConfigTree.pointer(keyPath.substring(0, dot)));
            if (keyPath.isEmpty() || !(parent instanceof ObjectNode parentObject)) {
                continue;
            }
            JsonNode fallback = defaults.at(ConfigTree.pointer(keyPath));
            String name = keyPath.substring(dot + 1);
            if (fallback.isMissingNode()) {
                parentObject.remove(name);
            } else {
                parentObject.set(name, fallback.deepCopy());
            }
        }
        return copy;
    }

    private static void checkSchemaVersion(JsonNode version, List<ConfigProblem> problems) {
        if (version != null && !(version.isIntegralNumber() && version.asInt() == SCHEMA_VERSION)) {
            problems.add(new ConfigProblem(SCHEMA_VERSION_KEY, version,
                    "unsupported schema version; allowed: " + SCHEMA_VERSION + " (or leave it out)"));
        }
    }

    private static RpuConfig presetOf(JsonNode name, List<ConfigProblem> problems) {
        if (name == null) {
            return Presets.get(Presets.INFERENCE_DEFAULT);
        }
        Optional<RpuConfig> preset = name.isTextual() ? Presets.find(name.asText()) : Optional.empty();
        if (preset.isEmpty()) {
            String hint = name.isTextual() ? Suggestions.didYouMean(name.asText(), Presets.names())
                    .map(s -> "did you mean " + s + "? ").orElse("") : "";
            problems.add(new ConfigProblem(PRESET_KEY, name,
                    "unknown preset; " + hint + "allowed: " + String.join(", ", Presets.names())));
            return Presets.get(Presets.INFERENCE_DEFAULT);
        }
        return preset.get();
    }

    private static void merge(ObjectNode target, ObjectNode overlay, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String childPath = path.isEmpty() ? key : path + "." + key;
            JsonNode value = entry.getValue();
            boolean leaf = ParameterCatalog.find(childPath).isPresent();
            if (!leaf && value.isObject() && target.get(key) instanceof ObjectNode existing) {
                ObjectNode base = restartForNewType(childPath, existing, (ObjectNode) value);
                target.set(key, base);
                merge(base, (ObjectNode) value, childPath);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    /** A group whose type changes starts from that type's defaults, not from the keys of the old type. */
    private static ObjectNode restartForNewType(String path, ObjectNode base, ObjectNode overlay) {
        if (path.equals("noise_model")) {
            Optional<NoiseModelType> newType = enumValue(NoiseModelType.class, overlay.get("type"));
            Optional<NoiseModelType> oldType = enumValue(NoiseModelType.class, base.get("type"));
            JsonNode devices = overlay.get("num_devices");
            boolean newDeviceCount = devices != null && devices.isIntegralNumber()
                    && (devices.asInt() == 1 || devices.asInt() == 2)
                    && !devices.equals(base.get("num_devices"));
            NoiseModelType type = newType.or(() -> oldType).orElse(null);
            if (type == NoiseModelType.HERMES && (newDeviceCount || oldType.orElse(null) != type)) {
                int count = newDeviceCount ? devices.asInt() : 2;
                return ConfigTree.noiseModelTree(HermesNoise.defaults(count));
            }
            if (newType.isPresent() && !newType.equals(oldType)) {
                return ConfigTree.noiseModelTree(NoiseModelParameter.defaults(newType.get()));
            }
        } else if (path.endsWith("g_converter")) {
            Optional<ConverterType> newType = enumValue(ConverterType.class, overlay.get("type"));
            if (newType.isPresent() && !newType.equals(enumValue(ConverterType.class, base.get("type")))) {
                return ConfigMappers.json().valueToTree(ConverterParameter.defaults(newType.get()));
            }
        }
        return base.deepCopy();
    }

    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, JsonNode node) {
        if (node == null || !node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RpuConfig toRecord(ObjectNode tree) {
        ObjectNode noise = ((ObjectNode) tree.get("noise_model")).deepCopy();
        NoiseModelType type = enumValue(NoiseModelType.class, noise.remove("type")).orElseThrow();
        return new RpuConfig(
                ConfigTree.convert(tree.get("forward"), IoParameters.class),
                ConfigTree.convert(noise, noiseModelClass(type)),
                ConfigTree.convert(tree.get("drift_compensation"), DriftCompensationParameter.class),
                ConfigTree.convert(tree.get("clip"), ClipParameter.class),
                ConfigTree.convert(tree.get("modifier"), ModifierParameter.class),
                ConfigTree.convert(tree.get("remap"), RemapParameter.class),
                ConfigTree.convert(tree.get("mapping"), MappingParameter.class),
                ConfigTree.convert(tree.get("pre_post"), PrePostParameter.class),
                ConfigTree.convert(tree.get("simulation"), SimulationParameter.class));
    }

    private static Class<? extends NoiseModelParameter> noiseModelClass(NoiseModelType type) {
        return switch (type) {
            case PCM_LIKE -> PcmLikeNoise.class;
            case CUSTOM_DRIFT_PCM_LIKE -> CustomDriftPcmLikeNoise.class;
            case STATE_INDEPENDENT -> StateIndependentNoise.class;
            case HERMES -> HermesNoise.class;
            case RERAM_WAN2022 -> ReramWan2022Noise.class;
            case RERAM_CMO -> ReramCmoNoise.class;
        };
    }
}
