package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every configuration parameter, described once: the source of validation ranges, forms, CLI help and
 * documentation. Defaults are read from {@code inference_default} (or from a noise-model type's defaults).
 */
public final class ParameterCatalog {
    private static final Set<NoiseModelType> ALL_TYPES = EnumSet.allOf(NoiseModelType.class);
    private static final Set<NoiseModelType> POWER_LAW = EnumSet.of(NoiseModelType.PCM_LIKE,
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE, NoiseModelType.STATE_INDEPENDENT, NoiseModelType.HERMES);
    private static final Set<NoiseModelType> PCM_FAMILY = EnumSet.of(NoiseModelType.PCM_LIKE,
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE);
    private static final Set<NoiseModelType> POLY_PROG = EnumSet.of(NoiseModelType.PCM_LIKE,
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE, NoiseModelType.STATE_INDEPENDENT);
    private static final Set<NoiseModelType> SCALED = EnumSet.of(NoiseModelType.PCM_LIKE,
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE, NoiseModelType.STATE_INDEPENDENT, NoiseModelType.HERMES,
            NoiseModelType.RERAM_CMO);
    private static final Set<NoiseModelType> WITH_CONVERTER = EnumSet.complementOf(EnumSet.of(NoiseModelType.RERAM_CMO));
    private static final Set<NoiseModelType> CUSTOM_DRIFT = EnumSet.of(NoiseModelType.CUSTOM_DRIFT_PCM_LIKE);
    private static final Set<NoiseModelType> STATE_INDEPENDENT = EnumSet.of(NoiseModelType.STATE_INDEPENDENT);
    private static final Set<NoiseModelType> HERMES = EnumSet.of(NoiseModelType.HERMES);
    private static final Set<NoiseModelType> WAN = EnumSet.of(NoiseModelType.RERAM_WAN2022);
    private static final Set<NoiseModelType> CMO = EnumSet.of(NoiseModelType.RERAM_CMO);

    private static final Map<String, ParameterInfo> BY_PATH = build();

    private ParameterCatalog() {
    }

    /** All parameters, in file order. */
    public static List<ParameterInfo> all() {
        return List.copyOf(BY_PATH.values());
    }

    public static Optional<ParameterInfo> find(String keyPath) {
        return Optional.ofNullable(BY_PATH.get(keyPath));
    }

    /**
     * Renders the catalog as a Markdown table with the columns key, default, unit, range and description.
     *
     * @param includeAdvanced false to list only the basic parameters
     */
    public static String toMarkdown(boolean includeAdvanced) {
        StringBuilder out = new StringBuilder("| key | default | unit | range | description |\n");
        out.append("|---|---|---|---|---|\n");
        for (ParameterInfo info : BY_PATH.values()) {
            if (info.advanced() && !includeAdvanced) {
                continue;
            }
            String description = info.description();
            if (!info.noiseModelTypes().isEmpty() && !info.noiseModelTypes().equals(ALL_TYPES)) {
                description += " (noise models: " + String.join(", ", info.noiseModelTypes().stream()
                        .sorted().map(t -> t.name().toLowerCase(Locale.ROOT)).toList()) + ")";
            }
            String range = info.kind() == ParameterKind.BOOLEAN ? "true, false" : info.rangeText();
            out.append("| `").append(info.keyPath()).append("` | ")
                    .append(cell(info.defaultValue().toString())).append(" | ")
                    .append(info.unit()).append(" | ")
                    .append(cell(range)).append(" | ")
                    .append(cell(description)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static Map<String, ParameterInfo> build() {
        List<Spec> specs = new ArrayList<>();
        forward(specs);
        noiseModel(specs);
        specs.add(enumOf("drift_compensation.type", "Digital drift compensation of the tile output in evaluation.",
                DriftCompensationType.values()).basic());
        specs.add(enumOf("clip.type", "Weight clipping after each training step.", ClipType.values()).basic());
        specs.add(num("clip.fixed_value", "Clip value for fixed_value; if > 0 also caps the other types (≤ 0: off).",
                "").basic());
        specs.add(num("clip.sigma", "Clip at sigma times the weight std for layer_gaussian.", "").atLeast(0));
        modifier(specs);
        specs.add(enumOf("remap.type", "Weight remapping after each training step.", RemapType.values()));
        specs.add(num("remap.remapped_wmax", "Largest weight after remapping.", "").above(0));
        specs.add(num("remap.max_scale_range", "Limit on the ratio of channel scales (0: unrestricted).", "")
                .atLeast(0));
        specs.add(num("remap.max_scale_ref", "Lower reference for the channel scales when max_scale_range > 0.", "")
                .atLeast(0));
        mapping(specs);
        inputRange(specs);
        specs.add(bool("simulation.physical", "DriftLab option: keep each programmed device through drift and take "
                + "the read noise from the target conductance, instead of aihwkit's re-conversion.").basic());
        return withDefaults(specs);
    }

    private static void forward(List<Spec> s) {
        s.add(bool("forward.is_perfect", "Exact matrix-vector product; only out_scale applies.").basic());
        s.add(enumOf("forward.mv_type", "How the analog matrix-vector product is done.", MvType.values()));
        s.add(num("forward.inp_bound", "DAC input range ±bound (≤ 0: unbounded); noise management needs 1.", ""));
        s.add(num("forward.inp_noise", "Std of Gaussian noise added to the inputs after the DAC.", "").atLeast(0)
                .basic());
        s.add(num("forward.inp_res", "DAC resolution: > 1 number of steps, (0, 1] step fraction, ≤ 0 off "
                + "(7 bit = 1/126).", "").basic());
        s.add(bool("forward.inp_sto_round", "Stochastic rounding in the DAC."));
        s.add(num("forward.inp_asymmetry", "Negative DAC outputs are multiplied by (1 - a).", "").between(-1, 1));
        s.add(num("forward.out_bound", "ADC output range ±bound (≤ 0: unbounded).", "").basic());
        s.add(num("forward.out_noise", "Std of Gaussian noise added to each output before the ADC.", "").atLeast(0)
                .basic());
        s.add(num("forward.out_noise_std", "Relative systematic variation of out_noise across outputs.", "")
                .atLeast(0));
        s.add(num("forward.out_res", "ADC resolution: > 1 number of steps, (0, 1] step fraction, ≤ 0 off "
                + "(9 bit = 1/510).", "").basic());
        s.add(bool("forward.out_sto_round", "Stochastic rounding in the ADC."));
        s.add(num("forward.out_scale", "Fixed digital factor applied to the outputs.", "").above(0));
        s.add(num("forward.out_asymmetry", "Negative outputs are multiplied by (1 - a).", "").between(-1, 1));
        s.add(enumOf("forward.bound_management", "What to do when outputs hit the ADC bound.",
                BoundManagement.values()).basic());
        s.add(enumOf("forward.noise_management", "Input scaling before the DAC.", NoiseManagement.values()).basic());
        s.add(num("forward.w_noise", "Strength of the short-term, output-referred weight noise.", "").atLeast(0)
                .basic());
        s.add(enumOf("forward.w_noise_type", "Kind of short-term weight noise.", WeightNoiseType.values()).basic());
        s.add(num("forward.ir_drop", "Scale of the IR-drop model (0: off).", "").atLeast(0).basic());
        s.add(num("forward.ir_drop_g_ratio", "Wire conductance divided by the device g_max.", "").above(0));
        s.add(num("forward.out_nonlinearity", "S-shaped compression of the outputs.", "").atLeast(0));
        s.add(num("forward.out_nonlinearity_std", "Variation of out_nonlinearity across outputs.", "").atLeast(0));
        s.add(num("forward.slope_calibration", "Calibration of the output nonlinearity slope.", "").atLeast(0));
        s.add(num("forward.v_offset_std", "Std of the per-output voltage offset.", "").atLeast(0));
        s.add(num("forward.v_offset_w_min", "Reference-unit weight of the voltage-offset model.", ""));
        s.add(num("forward.r_series", "Series resistance, relative.", "").atLeast(0));
        s.add(num("forward.w_read_asymmetry_dtod", "Device-to-device read asymmetry of the negative pass "
                + "(pos_neg modes).", "").atLeast(0));
        s.add(num("forward.max_bm_factor", "Cap on the bound-management input reduction.", "").above(0));
        s.add(num("forward.max_bm_res", "Cap on the bound-management reduction relative to the DAC step.", "")
                .above(0));
        s.add(bool("forward.bm_test_negative_bound", "Clipping at -bound also triggers bound management."));
        s.add(num("forward.nm_thres", "Constant noise management: the scale (≤ 0: 1); others: an upper cap.", ""));
    }

    private static void noiseModel(List<Spec> s) {
        s.add(enumOf("noise_model.type", "Device noise model used when weights are programmed and drifted.",
                NoiseModelType.values()).basic().types(ALL_TYPES));
        s.add(num("noise_model.g_max", "Maximal device conductance.", "µS").above(0).basic().types(ALL_TYPES));
        s.add(num("noise_model.g_min", "Minimal device conductance.", "µS").atLeast(0).types(CMO));
        s.add(list("noise_model.prog_coeff", "Programming-noise std polynomial in g/g_max, c0 first.", "µS")
                .types(POLY_PROG));
        s.add(num("noise_model.prog_coeff_g_max_reference", "g_max the prog_coeff were fitted for "
                + "(null: aihwkit's rule).", "µS").above(0).nullable().types(PCM_FAMILY));
        s.add(num("noise_model.t_read", "Read duration in the 1/f read-noise integral.", "s").above(0)
                .types(POWER_LAW));
        s.add(num("noise_model.t_0", "Drift reference time after programming.", "s").above(0).types(POWER_LAW));
        s.add(num("noise_model.prog_noise_scale", "Multiplies the programming-noise std.", "").atLeast(0).basic()
                .types(SCALED));
        s.add(num("noise_model.read_noise_scale", "Multiplies the read-noise std.", "").atLeast(0).basic()
                .types(SCALED));
        s.add(num("noise_model.drift_scale", "Multiplies the drift exponent.", "").atLeast(0).basic().types(SCALED));
        s.add(integer("noise_model.num_devices", "Devices per polarity of the HERMES chip (1 or 2).", "")
                .between(1, 2).basic().types(HERMES));
        s.add(num("noise_model.drift_nu_mean", "Mean drift exponent (state independent).", "").atLeast(0)
                .types(STATE_INDEPENDENT));
        s.add(num("noise_model.drift_nu_std", "Std of the drift exponent (state independent).", "").atLeast(0)
                .types(STATE_INDEPENDENT));
        s.add(list("noise_model.custom_drift_model.g_lst", "Ascending conductances of the drift table.", "µS")
                .atLeast(0).types(CUSTOM_DRIFT));
        s.add(list("noise_model.custom_drift_model.nu_mean_lst", "Mean drift exponent at each g_lst entry.", "")
                .types(CUSTOM_DRIFT));
        s.add(list("noise_model.custom_drift_model.nu_std_lst", "Std of the drift exponent at each g_lst entry.", "")
                .atLeast(0).types(CUSTOM_DRIFT));
        s.add(map("noise_model.coeff_dic", "Programming/drift noise polynomials in g/g_max (c0 first) by time.",
                "s").types(WAN));
        s.add(num("noise_model.noise_scale", "Multiplies the ReRAM noise std.", "").atLeast(0).basic().types(WAN));
        s.add(map("noise_model.coeff_dict", "Programming-noise polynomials in g (c0 first) by acceptance range.",
                "%").types(CMO));
        s.add(num("noise_model.read_dict.K", "Read-noise constant K.", "").atLeast(0).types(CMO));
        s.add(num("noise_model.read_dict.t_read", "Read duration of the read-noise term.", "s").above(0).types(CMO));
        s.add(list("noise_model.decay_dict.mean", "Drift of the mean against ln t: [slope].", "µS").types(CMO));
        s.add(list("noise_model.decay_dict.std", "Drift std against ln t: [slope, intercept].", "µS").types(CMO));
        s.add(num("noise_model.acceptance_range", "Programming acceptance range; selects the coeff_dict entry.",
                "%").above(0).types(CMO));
        s.add(enumOf("noise_model.g_converter.type", "How a weight is mapped onto device conductances.",
                ConverterType.values()).types(WITH_CONVERTER));
        s.add(num("noise_model.g_converter.g_min", "Minimal device conductance of the converter.", "µS").atLeast(0)
                .types(WITH_CONVERTER));
        s.add(list("noise_model.g_converter.f_lst", "Significance factors of the pairs, lowest first "
                + "(n_pair, dual_pair, custom_pair).", "").above(0).types(WITH_CONVERTER));
        s.add(lists("noise_model.g_converter.g_lst", "2P conductance lists, alternating G+ and G-, on an even "
                + "weight grid (custom_pair).", "µS").atLeast(0).types(WITH_CONVERTER));
    }

    private static void modifier(List<Spec> s) {
        s.add(enumOf("modifier.type", "Weight noise injected during hardware-aware training (device_model: "
                + "DriftLab's own, the tiles' noise model and drift compensation at pcm_t_inference).",
                ModifierType.values()).basic());
        s.add(num("modifier.std_dev", "Modifier noise strength, relative to the weight maximum.", "").atLeast(0)
                .basic());
        s.add(bool("modifier.per_batch_sample", "A separate noisy weight copy per sample (not supported)."));
        s.add(num("modifier.res", "Discretisation step relative to the weight maximum.", "").atLeast(0));
        s.add(bool("modifier.sto_round", "Stochastic rounding in the discretisation."));
        s.add(num("modifier.dorefa_clip", "Clip value of the DoReFa modifier.", "").atLeast(0));
        s.add(num("modifier.pdrop", "Drop-connect probability.", "").between(0, 1));
        s.add(bool("modifier.enable_during_test", "Keep the modified weights in evaluation."));
        s.add(bool("modifier.rel_to_actual_wmax", "Noise relative to the actual weight maximum."));
        s.add(num("modifier.assumed_wmax", "Weight maximum assumed when rel_to_actual_wmax is false.", "").above(0));
        s.add(bool("modifier.copy_last_column", "Leave the analog-bias column untouched."));
        s.add(list("modifier.coeffs", "Polynomial coefficients of the poly and prog_noise modifiers.", ""));
        s.add(num("modifier.g_max", "g_max of the prog_noise and pcm_noise modifiers.", "µS").above(0));
        s.add(num("modifier.pcm_zero_thres", "Weights below this are treated as zero (pcm_noise).", "").atLeast(0));
        s.add(num("modifier.pcm_t_inference", "Inference time simulated by the pcm_noise and device_model modifiers.",
                "s").atLeast(0));
        s.add(num("modifier.pcm_prob_at_reset", "Probability of a device stuck at reset (pcm_noise).", "")
                .between(0, 1));
        s.add(num("modifier.pcm_prob_at_gmax", "Probability of a device stuck at g_max (pcm_noise).", "")
                .between(0, 1));
        s.add(num("modifier.pcm_prob_at_random", "Probability of a device stuck at random (pcm_noise).", "")
                .between(0, 1));
        s.add(num("modifier.pcm_t0", "Drift reference time of the pcm_noise modifier.", "s").above(0));
    }

    private static void mapping(List<Spec> s) {
        s.add(bool("mapping.digital_bias", "Add the bias digitally instead of in an analog column.").basic());
        s.add(num("mapping.weight_scaling_omega", "Scale weights so that max|W| becomes omega (0: off).", "")
                .atLeast(0).basic());
        s.add(bool("mapping.weight_scaling_columnwise", "Weight scaling per output instead of per tile."));
        s.add(bool("mapping.weight_scaling_lr_compensation", "Compensate the weight scaling in the learning rate."));
        s.add(bool("mapping.learn_out_scaling", "Learn extra output scales."));
        s.add(bool("mapping.out_scaling_columnwise", "One learned output scale per output."));
        s.add(integer("mapping.max_input_size", "Tile size along the inputs (0: no split).", "").atLeast(0).basic());
        s.add(integer("mapping.max_output_size", "Tile size along the outputs (0: no split).", "").atLeast(0)
                .basic());
    }

    private static void inputRange(List<Spec> s) {
        String p = "pre_post.input_range.";
        s.add(bool(p + "enable", "Clip the inputs to a (learned) range before the DAC.").basic());
        s.add(bool(p + "learn_input_range", "Learn the input range (else a fixed buffer)."));
        s.add(num(p + "init_value", "Initial input range.", "").above(0));
        s.add(integer(p + "init_from_data", "Batches used to initialise the range from data (0: off).", "")
                .atLeast(0));
        s.add(num(p + "init_std_alpha", "Initial range in input stds.", "").atLeast(0));
        s.add(num(p + "decay", "Decay of the input range per step.", "").between(0, 1));
        s.add(num(p + "input_min_percentage", "Fraction of inputs that must lie inside the range.", "")
                .between(0, 1));
        s.add(bool(p + "manage_output_clipping", "Shrink the range when outputs clip (needs NM and BM none)."));
        s.add(num(p + "output_min_percentage", "Fraction of outputs that must not clip.", "").between(0, 1));
        s.add(num(p + "gradient_scale", "Scale of the input-range gradient.", "").atLeast(0));
        s.add(bool(p + "gradient_relative", "Input-range gradient relative to the range."));
    }

    private static Map<String, ParameterInfo> withDefaults(List<Spec> specs) {
        ObjectNode defaults = ConfigTree.toTree(RpuConfig.defaults());
        Map<String, ParameterInfo> byPath = new LinkedHashMap<>();
        for (Spec spec : specs) {
            JsonNode value = at(defaults, spec.keyPath);
            if (value.isMissingNode() && spec.keyPath.startsWith("noise_model.")) {
                NoiseModelType type = spec.types.stream().sorted().findFirst().orElseThrow();
                ObjectNode noiseTree = ConfigTree.noiseModelTree(NoiseModelParameter.defaults(type));
                value = at(noiseTree, spec.keyPath.substring("noise_model.".length()));
            }
            if (value.isMissingNode()) {
                throw new IllegalStateException("no default for " + spec.keyPath);
            }
            byPath.put(spec.keyPath, new ParameterInfo(spec.keyPath, spec.description, spec.unit, spec.kind,
                    spec.allowed, spec.min, spec.minInclusive, spec.max, spec.maxInclusive, spec.nullable, value,
                    spec.advanced, spec.types));
        }
        return byPath;
    }

    private static JsonNode at(JsonNode tree, String keyPath) {
        return tree.at("/" + keyPath.replace(".", "/"));
    }

    private static Spec num(String key, String description, String unit) {
        return new Spec(key, description, unit, ParameterKind.NUMBER);
    }

    private static Spec integer(String key, String description, String unit) {
        return new Spec(key, description, unit, ParameterKind.INTEGER);
    }

    private static Spec bool(String key, String description) {
        return new Spec(key, description, "", ParameterKind.BOOLEAN);
    }

    private static Spec list(String key, String description, String unit) {
        return new Spec(key, description, unit, ParameterKind.NUMBER_LIST);
    }

    private static Spec lists(String key, String description, String unit) {
        return new Spec(key, description, unit, ParameterKind.NUMBER_LISTS);
    }

    private static Spec map(String key, String description, String keyUnit) {
        return new Spec(key, description, keyUnit, ParameterKind.MAP);
    }

    private static Spec enumOf(String key, String description, Enum<?>[] values) {
        Spec spec = new Spec(key, description, "", ParameterKind.ENUM);
        spec.allowed = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
        return spec;
    }

    /** A parameter under construction; defaults are added once all are listed. */
    private static final class Spec {
        final String keyPath;
        final String description;
        final String unit;
        final ParameterKind kind;
        List<String> allowed = List.of();
        Double min;
        boolean minInclusive;
        Double max;
        boolean maxInclusive;
        boolean nullable;
        boolean advanced = true;
        Set<NoiseModelType> types = Set.of();

        Spec(String keyPath, String description, String unit, ParameterKind kind) {
            this.keyPath = keyPath;
            this.description = description;
            this.unit = unit;
            this.kind = kind;
        }

        Spec atLeast(double value) {
            min = value;
            minInclusive = true;
            return this;
        }

        Spec above(double value) {
            min = value;
            minInclusive = false;
            return this;
        }

        Spec between(double low, double high) {
            min = low;
            minInclusive = true;
            max = high;
            maxInclusive = true;
            return this;
        }

        Spec nullable() {
            nullable = true;
            return this;
        }

        Spec basic() {
            advanced = false;
            return this;
        }

        Spec types(Set<NoiseModelType> noiseModelTypes) {
            types = noiseModelTypes;
            return this;
        }
    }
}
