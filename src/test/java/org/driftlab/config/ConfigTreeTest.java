package org.driftlab.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTreeTest {
    @Test
    void treeCarriesTypesAndComesBackEqual() {
        for (String name : Presets.names()) {
            RpuConfig preset = Presets.get(name);
            ObjectNode tree = ConfigTree.toTree(preset);
            assertEquals(preset.noiseModel().type().name().toLowerCase(), tree.at("/noise_model/type").asText());
            assertEquals("type", tree.get("noise_model").fieldNames().next());
            assertEquals(preset, ConfigTree.fromTree(tree), name);
        }
        assertEquals("single_pair", ConfigTree.toTree(RpuConfig.defaults()).at("/noise_model/g_converter/type").asText());
        assertEquals("global", ConfigTree.toTree(RpuConfig.defaults()).at("/drift_compensation/type").asText());
    }

    @Test
    void withSetsAnyLeafAndGetReadsIt() {
        RpuConfig config = RpuConfig.defaults();
        RpuConfig changed = ConfigTree.with(config, "forward.w_noise", 0.02);
        assertEquals(0.02, changed.forward().wNoise());
        assertEquals(0.02, ConfigTree.get(changed, "forward.w_noise"));
        changed = ConfigTree.with(changed, "noise_model.drift_scale", 0.5);
        assertEquals(0.5, ((PcmLikeNoise) changed.noiseModel()).driftScale());
        changed = ConfigTree.with(changed, "drift_compensation.type", DriftCompensationType.PER_COLUMN);
        assertEquals(DriftCompensationType.PER_COLUMN, changed.driftCompensation().type());
        assertEquals("per_column", ConfigTree.get(changed, "drift_compensation.type"));
        changed = ConfigTree.with(changed, "mapping.max_input_size", 256);
        assertEquals(256, changed.mapping().maxInputSize());
        assertEquals(256, ConfigTree.get(changed, "mapping.max_input_size"));
        changed = ConfigTree.with(changed, "forward.bound_management", "shift");
        assertEquals(BoundManagement.SHIFT, changed.forward().boundManagement());
        assertEquals(List.of(0.26348, 1.965, -1.1731), ConfigTree.get(changed, "noise_model.prog_coeff"));
        assertEquals(0.02, changed.forward().wNoise());
    }

    @Test
    void settingTheNoiseModelTypeSwitchesToItsDefaults() {
        RpuConfig config = ConfigTree.with(Presets.get("hpml_2022"), "noise_model.type", "reram_cmo");
        assertEquals(ReramCmoNoise.defaults(), config.noiseModel());
        assertEquals(0.0277316483, ConfigTree.get(config, "noise_model.read_dict.K"));
        assertThrows(ConfigException.class, () -> ConfigTree.get(config, "noise_model.read_dict"));
        RpuConfig hermes = ConfigTree.with(config, "noise_model.type", NoiseModelType.HERMES);
        assertEquals(HermesNoise.defaults(2), hermes.noiseModel());
        assertEquals(HermesNoise.defaults(1), ConfigTree.with(hermes, "noise_model.num_devices", 1).noiseModel());
    }

    @Test
    void withValidates() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigTree.with(RpuConfig.defaults(), "forward.out_noise", -1));
        assertEquals("forward.out_noise", e.problems().get(0).keyPath());
        assertThrows(ConfigException.class, () -> ConfigTree.with(RpuConfig.defaults(), "forward.nope", 1));
        assertThrows(ConfigException.class, () -> ConfigTree.with(RpuConfig.defaults(), "noise_model.num_devices", 1));
        assertThrows(ConfigException.class, () -> ConfigTree.get(RpuConfig.defaults(), "noise_model.num_devices"));
    }

    @Test
    void withAllAppliesSettingsTogether() {
        RpuConfig config = ConfigTree.withAll(RpuConfig.defaults(),
                Map.of("forward.inp_bound", 2.0, "forward.noise_management", NoiseManagement.NONE));
        assertEquals(2.0, config.forward().inpBound());
        assertTrue(config.forward().noiseManagement() == NoiseManagement.NONE);
    }
}
