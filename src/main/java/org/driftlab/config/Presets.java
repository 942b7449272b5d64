package org.driftlab.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The named configurations: aihwkit's inference presets, those of the original study, and inference_scaled
 * (DriftLab's: aihwkit's defaults with its columnwise weight scaling switched on).
 */
public final class Presets {
    public static final String INFERENCE_DEFAULT = "inference_default";
    public static final String INFERENCE_SCALED = "inference_scaled";
    public static final String STANDARD_HWA_TRAINING = "standard_hwa_training";
    public static final String WEB_COMPOSER = "web_composer";
    public static final String FLOATING_POINT = "floating_point";
    public static final String HPML_2022 = "hpml_2022";
    public static final String RERAM_WAN2022 = "reram_wan2022";
    public static final String HERMES = "hermes";

    private static final Map<String, Preset> BY_NAME = build();

    private Presets() {
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static List<Preset> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The preset of that name (case-insensitive), or empty. */
    public static Optional<RpuConfig> find(String name) {
        return preset(name).map(Preset::config);
    }

    /**
     * The configuration of a preset.
     *
     * @throws ConfigException naming the allowed presets when there is none of that name
     */
    public static RpuConfig get(String name) {
        return find(name).orElseThrow(() -> new ConfigException(List.of(new ConfigProblem("preset", name,
                "unknown preset; allowed: " + String.join(", ", names())))));
    }

    /** The one-line description of a preset, or empty. */
    public static Optional<String> description(String name) {
        return preset(name).map(Preset::description);
    }

    private static Optional<Preset> preset(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Preset> build() {
        RpuConfig defaults = RpuConfig.defaults();
        Map<String, Preset> presets = new LinkedHashMap<>();
        add(presets, INFERENCE_DEFAULT, "aihwkit's InferenceRPUConfig(): PCM-like noise, global drift "
                + "compensation, 7-bit DAC, 9-bit ADC.", defaults);
        add(presets, INFERENCE_SCALED, "inference_default with aihwkit's columnwise weight scaling: each tile row's "
                + "largest weight maps to g_max, its scale is applied digitally.", ConfigTree.withAll(defaults, Map.of(
                "mapping.weight_scaling_omega", 1.0,
                "mapping.weight_scaling_columnwise", true)));
        add(presets, STANDARD_HWA_TRAINING, "aihwkit's StandardHWATrainingPreset: the benchmark setting of "
                + "Rasch et al. 2023 (8-bit I/O, PCM read noise, IR drop, learned input ranges).",
                ConfigTree.withAll(defaults, standardHwaTraining()));
        add(presets, WEB_COMPOSER, "aihwkit's WebComposerInferenceRPUConfig: the AIHW Composer's default "
                + "inference setting.", ConfigTree.withAll(defaults, webComposer()));
        add(presets, FLOATING_POINT, "aihwkit's FloatingPointPreset: perfect forward pass, no tiling; the "
                + "noise model still acts when programmed or drifted.", ConfigTree.withAll(defaults, Map.of(
                "forward.is_perfect", true,
                "mapping.max_input_size", 0,
                "mapping.max_output_size", 0,
                "pre_post.input_range.enable", false)));
        add(presets, HPML_2022, "The Columbia HPML 2022 study's create_rpu_config: PCM-like noise at "
                + "g_max 160 µS, 256x255 tiles, PCM read weight noise off.", ConfigTree.withAll(defaults, hpml2022()));
        add(presets, RERAM_WAN2022, "ReRAM after Wan et al. 2022, with the additive weight noise its "
                + "docstring suggests.", ConfigTree.withAll(defaults, Map.of(
                "noise_model.type", NoiseModelType.RERAM_WAN2022,
                "forward.w_noise", 0.01,
                "forward.w_noise_type", WeightNoiseType.ADDITIVE_CONSTANT)));
        add(presets, HERMES, "The IBM HERMES 64-core PCM chip noise model, two devices per polarity.",
                ConfigTree.withAll(defaults, Map.of("noise_model.type", NoiseModelType.HERMES)));
        return presets;
    }

    private static void add(Map<String, Preset> presets, String name, String description, RpuConfig config) {
        presets.put(name, new Preset(name, description, config));
    }

    /** aihwkit's PresetIOParameters: 7-bit DAC, 9-bit ADC, out_bound 20, out_noise 0.1, no weight noise. */
    private static Map<String, Object> presetIoParameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("forward.bound_management", BoundManagement.ITERATIVE);
        values.put("forward.noise_management", NoiseManagement.ABS_MAX);
        values.put("forward.inp_res", 1.0 / (Math.pow(2, 7) - 2));
        values.put("forward.inp_sto_round", false);
        values.put("forward.out_bound", 20.0);
        values.put("forward.out_noise", 0.1);
        values.put("forward.out_res", 1.0 / (Math.pow(2, 9) - 2));
        values.put("forward.w_noise", 0.0);
        values.put("forward.w_noise_type", WeightNoiseType.NONE);
        return values;
    }

    private static Map<String, Object> standardHwaTraining() {
        Map<String, Object> values = presetIoParameters();
        values.put("forward.inp_res", 254.0);
        values.put("forward.out_res", 254.0);
        values.put("forward.bound_management", BoundManagement.NONE);
        values.put("forward.noise_management", NoiseManagement.CONSTANT);
        values.put("forward.nm_thres", 1.0);
        values.put("forward.w_noise", 0.0175);
        values.put("forward.w_noise_type", WeightNoiseType.PCM_READ);
        values.put("forward.ir_drop", 1.0);
        values.put("forward.out_noise", 0.04);
        values.put("forward.out_bound", 10.0);
        values.put("mapping.weight_scaling_omega", 1.0);
        values.put("mapping.weight_scaling_columnwise", true);
        values.put("mapping.max_input_size", 512);
        values.put("mapping.max_output_size", 0);
        values.put("mapping.digital_bias", true);
        values.put("mapping.learn_out_scaling", true);
        values.put("mapping.out_scaling_columnwise", true);
        values.put("remap.type", RemapType.CHANNELWISE_SYMMETRIC);
        values.put("remap.remapped_wmax", 1.0);
        values.put("clip.type", ClipType.FIXED_VALUE);
        values.put("clip.fixed_value", 1.0);
        String range = "pre_post.input_range.";
        values.put(range + "enable", true);
        values.put(range + "init_value", 3.0);
        values.put(range + "init_from_data", 100);
        values.put(range + "init_std_alpha", 3.0);
        values.put(range + "decay", 0.001);
        values.put(range + "input_min_percentage", 0.95);
        values.put(range + "output_min_percentage", 0.95);
        values.put(range + "manage_output_clipping", false);
        values.put(range + "gradient_scale", 1.0);
        values.put(range + "gradient_relative", true);
        return values;
    }

    private static Map<String, Object> webComposer() {
        Map<String, Object> values = presetIoParameters();
        values.put("modifier.type", ModifierType.ADD_NORMAL);
        values.put("modifier.std_dev", 0.1);
        values.put("clip.type", ClipType.FIXED_VALUE);
        values.put("clip.fixed_value", 1.0);
        values.put("mapping.digital_bias", true);
        values.put("mapping.weight_scaling_omega", 1.0);
        values.put("mapping.weight_scaling_columnwise", true);
        values.put("mapping.learn_out_scaling", true);
        values.put("mapping.out_scaling_columnwise", false);
        values.put("mapping.max_input_size", 512);
        values.put("mapping.max_output_size", 512);
        return values;
    }

    private static Map<String, Object> hpml2022() {
        Map<String, Object> values = presetIoParameters();
        values.put("forward.w_noise_type", WeightNoiseType.PCM_READ);
        values.put("forward.w_noise", 0.0);
        values.put("clip.type", ClipType.FIXED_VALUE);
        values.put("clip.fixed_value", 1.0);
        values.put("modifier.rel_to_actual_wmax", true);
        values.put("mapping.digital_bias", true);
        values.put("mapping.learn_out_scaling", true);
        values.put("mapping.weight_scaling_omega", 1.0);
        values.put("mapping.weight_scaling_columnwise", true);
        values.put("mapping.max_input_size", 256);
        values.put("mapping.max_output_size", 255);
        values.put("noise_model.type", NoiseModelType.PCM_LIKE);
        values.put("noise_model.g_max", 160.0);
        values.put("drift_compensation.type", DriftCompensationType.GLOBAL);
        return values;
    }
}
