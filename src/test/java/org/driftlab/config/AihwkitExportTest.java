package org.driftlab.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AihwkitExportTest {
    @Test
    void defaultsNeedNoAssignments() {
        assertEquals("""
                from aihwkit.simulator.configs import InferenceRPUConfig

                rpu_config = InferenceRPUConfig()
                """, AihwkitExport.toPython(RpuConfig.defaults()));
    }

    @Test
    void hpml2022() {
        assertEquals("""
                from aihwkit.simulator.configs import InferenceRPUConfig
                from aihwkit.simulator.parameters import WeightClipType, WeightNoiseType
                from aihwkit.inference import PCMLikeNoiseModel

                rpu_config = InferenceRPUConfig()
                rpu_config.forward.out_bound = 20.0
                rpu_config.forward.out_noise = 0.1
                rpu_config.forward.w_noise_type = WeightNoiseType.PCM_READ
                rpu_config.clip.type = WeightClipType.FIXED_VALUE
                rpu_config.clip.fixed_value = 1.0
                rpu_config.mapping.weight_scaling_omega = 1.0
                rpu_config.mapping.weight_scaling_columnwise = True
                rpu_config.mapping.learn_out_scaling = True
                rpu_config.mapping.max_input_size = 256
                rpu_config.mapping.max_output_size = 255
                rpu_config.noise_model = PCMLikeNoiseModel(g_max=160.0)
                """, AihwkitExport.toPython(Presets.get("hpml_2022")));
    }

    @Test
    void noiseModelWithConverterCompensationAndPhysicalComment() {
        RpuConfig config = ConfigFiles.parse("""
                noise_model: {type: hermes, num_devices: 1, drift_scale: 0.5, g_converter: {type: dual_pair}}
                drift_compensation: {type: per_column}
                simulation: {physical: true}
                """, ConfigFormat.YAML, null);
        String python = AihwkitExport.toPython(config);
        assertTrue(python.contains("from aihwkit.inference import DualPairConductanceConverter\n"), python);
        assertTrue(python.contains("from aihwkit.inference.noise.hermes import HermesNoiseModel\n"), python);
        assertTrue(python.contains("from aihwkit.inference.compensation.drift import PerColumnDriftCompensation\n"));
        assertTrue(python.contains("rpu_config.noise_model = HermesNoiseModel(num_devices=1, drift_scale=0.5, "
                + "g_converter=DualPairConductanceConverter(f_lst=[1.0, 3.0], g_max=10.35, g_min=0.0))\n"), python);
        assertTrue(python.contains("rpu_config.drift_compensation = PerColumnDriftCompensation()\n"), python);
        assertTrue(python.contains("# simulation.physical = true"), python);
        assertTrue(AihwkitExport.toPython(Presets.get("floating_point")).contains(
                "rpu_config.pre_post.input_range.enable = False") == false);
        assertTrue(AihwkitExport.toPython(ConfigTree.with(RpuConfig.defaults(), "drift_compensation.type", "none"))
                .endsWith("rpu_config.drift_compensation = None\n"));
    }

    @Test
    void driftlabsOwnDeviceModelModifierBecomesTheNearestAihwkitOneWithAComment() {
        RpuConfig config = ConfigFiles.parse("modifier: {type: device_model, pcm_t_inference: 86400}",
                ConfigFormat.YAML, null);
        String python = AihwkitExport.toPython(config);
        assertTrue(python.contains("# modifier.type = device_model is DriftLab's own"), python);
        assertTrue(python.contains("rpu_config.modifier.type = WeightModifierType.PCM_NOISE\n"), python);
        assertTrue(python.contains("rpu_config.modifier.pcm_t_inference = 86400.0\n"), python);
    }

    @Test
    void reramModelsSpellTheirTables() {
        String python = AihwkitExport.toPython(ConfigTree.with(RpuConfig.defaults(), "noise_model.type", "reram_cmo"));
        assertTrue(python.endsWith("rpu_config.noise_model = ReRamCMONoiseModel()\n"), python);
        RpuConfig wan = ConfigTree.with(Presets.get("reram_wan2022"), "noise_model.coeff_dic",
                java.util.Map.of("1", java.util.List.of(0.3, 16.0)));
        assertTrue(AihwkitExport.toPython(wan).contains("ReRamWan2022NoiseModel(coeff_dic={1.0: [0.3, 16.0]})"),
                AihwkitExport.toPython(wan));
    }
}
