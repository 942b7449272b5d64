package org.driftlab.config;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigFilesRoundTripTest {
    @TempDir
    Path folder;

    static List<String> presetNames() {
        return Presets.names();
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void everyPresetSurvivesLoadSaveLoadInJsonAndYaml(String name) throws Exception {
        RpuConfig preset = Presets.get(name);
        for (String extension : List.of(".json", ".yaml", ".yml")) {
            Path first = folder.resolve(name + extension);
            Files.writeString(first, "schema_version: 1\npreset: " + name + "\n");
            if (extension.equals(".json")) {
                Files.writeString(first, "{\"schema_version\": 1, \"preset\": \"" + name + "\"}");
            }
            RpuConfig loaded = ConfigFiles.load(first);
            assertEquals(preset, loaded);
            Path second = folder.resolve(name + "-saved" + extension);
            ConfigFiles.save(loaded, second);
            assertEquals(preset, ConfigFiles.load(second), name + extension);
        }
    }

    @Test
    void savedTextStartsWithSchemaVersionAndWritesEnumsInLowerCase() {
        String json = ConfigFiles.toJson(RpuConfig.defaults());
        assertTrue(json.replaceAll("\\s", "").startsWith("{\"schema_version\":1,\"forward\":"), json);
        assertTrue(json.contains("\"bound_management\" : \"iterative\""), json);
        assertTrue(json.contains("\"type\" : \"pcm_like\""), json);
        String yaml = ConfigFiles.toYaml(RpuConfig.defaults());
        assertTrue(yaml.startsWith("schema_version: 1\nforward:\n"), yaml);
        assertTrue(yaml.contains("  t_0: 20.0"), yaml);
    }

    @Test
    void saveLeavesNoTemporaryFileBehind() throws Exception {
        Path target = folder.resolve("c.yaml");
        ConfigFiles.save(Presets.get("hermes"), target);
        ConfigFiles.save(Presets.get("hpml_2022"), target);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
        assertEquals(Presets.get("hpml_2022"), ConfigFiles.load(target));
    }

    @Test
    void fileKeysAreLaidOnThePreset() {
        RpuConfig config = ConfigFiles.parse("""
                {"schema_version": 1, "preset": "standard_hwa_training",
                 "forward": {"out_noise": 0, "bound_management": "NONE"},
                 "noise_model": {"type": "pcm_like", "g_max": 25},
                 "drift_compensation": {"type": "global"}}""", ConfigFormat.JSON, "x.json");
        RpuConfig preset = Presets.get("standard_hwa_training");
        assertEquals(0.0, config.forward().outNoise());
        assertEquals(preset.forward().wNoise(), config.forward().wNoise());
        assertEquals(preset.mapping(), config.mapping());
        assertTrue(config.prePost().inputRange().enable());
    }

    @Test
    void aNewNoiseModelTypeStartsFromItsDefaults() {
        RpuConfig config = ConfigFiles.parse("""
                preset: hpml_2022
                noise_model:
                  type: hermes
                  num_devices: 1
                  drift_scale: 0.5
                """, ConfigFormat.YAML, null);
        HermesNoise hermes = (HermesNoise) config.noiseModel();
        assertEquals(HermesNoise.defaults(1).gMax(), hermes.gMax());
        assertEquals(200.0, hermes.t0());
        assertEquals(0.5, hermes.driftScale());

        RpuConfig pair = ConfigFiles.parse("""
                noise_model: {g_converter: {type: dual_pair}}
                """, ConfigFormat.YAML, null);
        assertEquals(ConverterParameter.defaults(ConverterType.DUAL_PAIR), ((PcmLikeNoise) pair.noiseModel()).gConverter());
        assertFalse(pair.simulation().physical());
    }
}
