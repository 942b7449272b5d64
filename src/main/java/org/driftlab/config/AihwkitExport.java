package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders an {@link RpuConfig} as a runnable aihwkit Python snippet: {@code rpu_config = InferenceRPUConfig()}
 * followed by one assignment per value that differs from aihwkit's default.
 */
public final class AihwkitExport {
    private static final List<String> PLAIN_GROUPS = List.of("forward", "clip", "modifier", "remap", "mapping",
            "pre_post");
    private static final Map<String, String> ENUM_CLASSES = Map.of(
            "forward.mv_type", "AnalogMVType",
            "forward.bound_management", "BoundManagementType",
            "forward.noise_management", "NoiseManagementType",
            "forward.w_noise_type", "WeightNoiseType",
            "modifier.type", "WeightModifierType",
            "clip.type", "WeightClipType",
            "remap.type", "WeightRemapType");
    private static final Map<NoiseModelType, String> NOISE_MODEL_CLASSES = Map.of(
            NoiseModelType.PCM_LIKE, "PCMLikeNoiseModel",
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE, "CustomDriftPCMLikeNoiseModel",
            NoiseModelType.STATE_INDEPENDENT, "StateIndependentNoiseModel",
            NoiseModelType.HERMES, "HermesNoiseModel",
            NoiseModelType.RERAM_WAN2022, "ReRamWan2022NoiseModel",
            NoiseModelType.RERAM_CMO, "ReRamCMONoiseModel");
    private static final Map<ConverterType, String> CONVERTER_CLASSES = Map.of(
            ConverterType.SINGLE_PAIR, "SinglePairConductanceConverter",
            ConverterType.N_PAIR, "NPairConductanceConverter",
            ConverterType.DUAL_PAIR, "DualPairConductanceConverter",
            ConverterType.CUSTOM_PAIR, "CustomPairConductanceConverter",
            ConverterType.SINGLE_DEVICE, "SingleDeviceConductanceConverter");
    private static final Map<DriftCompensationType, String> COMPENSATION_CLASSES = Map.of(
            DriftCompensationType.GLOBAL, "GlobalDriftCompensation",
            DriftCompensationType.GLOBAL_EXACT_REFERENCE, "GlobalDriftCompensationWithExactReference",
            DriftCompensationType.PER_COLUMN, "PerColumnDriftCompensation");

    private final TreeSet<String> enumImports = new TreeSet<>();
    private final TreeSet<String> inferenceImports = new TreeSet<>();
    private final TreeSet<String> compensationImports = new TreeSet<>();
    private boolean hermesImport;
    private final List<String> body = new ArrayList<>();

    private AihwkitExport() {
    }

    /** The Python snippet, ending with a newline. */
    public static String toPython(RpuConfig config) {
        return new AihwkitExport().render(config);
    }

    private String render(RpuConfig config) {
        ObjectNode tree = ConfigTree.toTree(config);
        ObjectNode defaults = ConfigTree.toTree(RpuConfig.defaults());
        for (String group : PLAIN_GROUPS) {
            assignDifferences(tree.get(group), defaults.get(group), group);
        }
        noiseModel(config.noiseModel());
        driftCompensation(config.driftCompensation().type());
        if (config.simulation().physical()) {
            body.add("# simulation.physical = true: DriftLab keeps every programmed device through drift;");
            body.add("# aihwkit has no such option and re-converts the programmed weights (its default behaviour).");
        }
        return header() + "\nrpu_config = InferenceRPUConfig()\n" + String.join("", body.stream()
                .map(line -> line + "\n").toList());
    }

    private String header() {
        StringBuilder out = new StringBuilder("from aihwkit.simulator.configs import InferenceRPUConfig\n");
        if (!enumImports.isEmpty()) {
            out.append("from aihwkit.simulator.parameters import ").append(String.join(", ", enumImports))
                    .append('\n');
        }
        if (!inferenceImports.isEmpty()) {
            out.append("from aihwkit.inference import ").append(String.join(", ", inferenceImports)).append('\n');
        }
        if (hermesImport) {
            out.append("from aihwkit.inference.noise.hermes import HermesNoiseModel\n");
        }
        if (!compensationImports.isEmpty()) {
            out.append("from aihwkit.inference.compensation.drift import ")
                    .append(String.join(", ", compensationImports)).append('\n');
        }
        return out.toString();
    }

    private void assignDifferences(JsonNode node, JsonNode reference, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String childPath = path + "." + field.getKey();
            JsonNode value = field.getValue();
            JsonNode old = reference.get(field.getKey());
            if (value.isObject() && ParameterCatalog.find(childPath).isEmpty()) {
                assignDifferences(value, old, childPath);
            } else if (childPath.equals("modifier.type") && value.asText().equals("device_model")) {
                body.add("# modifier.type = device_model is DriftLab's own (training through the tiles' noise model");
                body.add("# and drift compensation); aihwkit has no such modifier, and its nearest is PCM_NOISE:");
                body.add("rpu_config.modifier.type = " + python(childPath, TextNode.valueOf("pcm_noise")));
            } else if (!sameValue(value, old)) {
                body.add("rpu_config." + childPath + " = " + python(childPath, value));
            }
        }
    }

    private void noiseModel(NoiseModelParameter model) {
        NoiseModelParameter reference = model instanceof HermesNoise hermes
                ? HermesNoise.defaults(hermes.numDevices()) : NoiseModelParameter.defaults(model.type());
        ObjectNode tree = ConfigTree.noiseModelTree(model);
        ObjectNode defaults = ConfigTree.noiseModelTree(reference);
        List<String> args = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            boolean required = model.type() == NoiseModelType.CUSTOM_DRIFT_PCM_LIKE && key.equals("custom_drift_model");
            boolean isDefault = key.equals("num_devices") ? value.asInt() == 2 : sameValue(value, defaults.get(key));
            if (key.equals("type") || (isDefault && !required)) {
                continue;
            }
            if (key.equals("g_converter")) {
                args.add("g_converter=" + converter(value, model.gMax()));
            } else {
                args.add(key + "=" + python("noise_model." + key, value));
            }
        }
        if (model.type() == NoiseModelType.HERMES) {
            hermesImport = true;
        } else {
            inferenceImports.add(NOISE_MODEL_CLASSES.get(model.type()));
        }
        if (model.type() != NoiseModelType.PCM_LIKE || !args.isEmpty()) {
            body.add("rpu_config.noise_model = " + NOISE_MODEL_CLASSES.get(model.type()) + "("
                    + String.join(", ", args) + ")");
        } else {
            inferenceImports.remove(NOISE_MODEL_CLASSES.get(model.type()));
        }
    }

    /** A converter is constructed with the noise model's g_max, since aihwkit takes g_max from the converter. */
    private String converter(JsonNode node, double gMax) {
        ConverterType type = ConfigResolver.enumValue(ConverterType.class, node.get("type")).orElseThrow();
        String name = CONVERTER_CLASSES.get(type);
        inferenceImports.add(name);
        List<String> args = new ArrayList<>();
        if (type != ConverterType.SINGLE_PAIR && type != ConverterType.SINGLE_DEVICE) {
            args.add("f_lst=" + python("", node.get("f_lst")));
        }
        if (type == ConverterType.CUSTOM_PAIR) {
            args.add("g_lst=" + python("", node.get("g_lst")));
        }
        args.add("g_max=" + ParameterInfo.pythonNumber(gMax));
        args.add("g_min=" + python("", node.get("g_min")));
        return name + "(" + String.join(", ", args) + ")";
    }

    private void driftCompensation(DriftCompensationType type) {
        if (type == DriftCompensationType.GLOBAL) {
            return;
        }
        if (type == DriftCompensationType.NONE) {
            body.add("rpu_config.drift_compensation = None");
            return;
        }
        compensationImports.add(COMPENSATION_CLASSES.get(type));
        body.add("rpu_config.drift_compensation = " + COMPENSATION_CLASSES.get(type) + "()");
    }

    private static boolean sameValue(JsonNode value, JsonNode reference) {
        if (reference == null) {
            return false;
        }
        if (value.isNumber() && reference.isNumber()) {
            return value.doubleValue() == reference.doubleValue();
        }
        return value.equals(reference);
    }

    private String python(String keyPath, JsonNode value) {
        String enumClass = ENUM_CLASSES.get(keyPath);
        if (enumClass != null) {
            enumImports.add(enumClass);
            return enumClass + "." + value.asText().toUpperCase(java.util.Locale.ROOT);
        }
        boolean numericKeys = keyPath.endsWith("coeff_dic") || keyPath.endsWith("coeff_dict");
        return literal(value, numericKeys);
    }

    private static String literal(JsonNode value, boolean numericKeys) {
        if (value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return ParameterInfo.pythonNumber(value.doubleValue());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(literal(item, false)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> items = new ArrayList<>();
            value.fields().forEachRemaining(entry -> items.add(
                    (numericKeys ? ParameterInfo.pythonNumber(Double.parseDouble(entry.getKey()))
                            : "\"" + entry.getKey() + "\"") + ": " + literal(entry.getValue(), false)));
            return "{" + String.join(", ", items) + "}";
        }
        return "\"" + value.asText().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
