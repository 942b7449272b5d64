package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a full configuration tree key by key against the {@link ParameterCatalog}: unknown keys, keys of another
 * noise-model type, wrong types, ranges and enum values. Collects every problem.
 */
final class TreeValidator {
    private final NoiseModelType noiseModelType;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private TreeValidator(NoiseModelType noiseModelType) {
        this.noiseModelType = noiseModelType;
    }

    static List<ConfigProblem> validate(ObjectNode tree) {
        JsonNode type = tree.path("noise_model").path("type");
        NoiseModelType noiseType = ConfigResolver.enumValue(NoiseModelType.class, type).orElse(null);
        TreeValidator validator = new TreeValidator(noiseType);
        validator.walk(tree, "");
        return validator.problems;
    }

    private void walk(JsonNode node, String prefix) {
        Set<String> allowed = allowedKeys(prefix);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            var info = ParameterCatalog.find(path);
            if (info.isPresent()) {
                if (!appliesHere(info.get().noiseModelTypes())) {
                    problems.add(wrongNoiseType(path, value, info.get().noiseModelTypes()));
                } else {
                    info.get().check(value).ifPresent(m -> problems.add(new ConfigProblem(path, value, m)));
                }
            } else if (isGroup(path)) {
                Set<NoiseModelType> types = groupTypes(path);
                if (!appliesHere(types)) {
                    problems.add(wrongNoiseType(path, value, types));
                } else if (!value.isObject()) {
                    problems.add(new ConfigProblem(path, value, "wrong type: expected a group with the keys "
                            + String.join(", ", allowedKeys(path))));
                } else {
                    walk(value, path);
                }
            } else {
                String hint = Suggestions.didYouMean(field.getKey(), allowed)
                        .map(s -> "did you mean " + s + "? ").orElse("");
                String group = prefix.isEmpty() ? "the top level" : prefix;
                problems.add(new ConfigProblem(path, value, "unknown key; " + hint + "allowed keys of " + group
                        + ": " + String.join(", ", allowed)));
            }
        }
    }

    private boolean appliesHere(Set<NoiseModelType> types) {
        return types.isEmpty() || noiseModelType == null || types.contains(noiseModelType);
    }

    private ConfigProblem wrongNoiseType(String path, JsonNode value, Set<NoiseModelType> types) {
        return new ConfigProblem(path, value, "applies only to the noise model types "
                + String.join(", ", types.stream().sorted().map(TreeValidator::lower).toList())
                + ", but this noise model is " + lower(noiseModelType));
    }

    private static boolean isGroup(String path) {
        return ParameterCatalog.all().stream().anyMatch(p -> p.keyPath().startsWith(path + "."));
    }

    private static Set<NoiseModelType> groupTypes(String path) {
        Set<NoiseModelType> types = new LinkedHashSet<>();
        for (ParameterInfo info : ParameterCatalog.all()) {
            if (info.keyPath().startsWith(path + ".")) {
                types.addAll(info.noiseModelTypes());
            }
        }
        return types;
    }

    /** The keys allowed directly under {@code prefix} for this noise-model type; the top level has schema keys. */
    private Set<String> allowedKeys(String prefix) {
        Set<String> keys = new LinkedHashSet<>();
        if (prefix.isEmpty()) {
            keys.add(ConfigResolver.SCHEMA_VERSION_KEY);
            keys.add(ConfigResolver.PRESET_KEY);
        }
        String start = prefix.isEmpty() ? "" : prefix + ".";
        for (ParameterInfo info : ParameterCatalog.all()) {
            if (info.keyPath().startsWith(start) && appliesHere(info.noiseModelTypes())) {
                keys.add(info.keyPath().substring(start.length()).split("\\.")[0]);
            }
        }
        return keys;
    }

    private static String lower(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT);
    }
}
