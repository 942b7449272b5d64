package org.driftlab.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigValidationTest {
    private static ConfigException jsonFails(String json) {
        return assertThrows(ConfigException.class, () -> ConfigFiles.parse(json, ConfigFormat.JSON, "bad.json"));
    }

    private static ConfigException yamlFails(String yaml) {
        return assertThrows(ConfigException.class, () -> ConfigFiles.parse(yaml, ConfigFormat.YAML, "bad.yaml"));
    }

    private static ConfigProblem only(ConfigException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
        }
    }

    @Test
    void unknownKeyNamesTheAllowedKeysAndSuggestsTheClosest() {
        ConfigException e = jsonFails("{\"forward\": {\"out_nosie\": 0.1}}");
        ConfigProblem problem = only(e);
        assertEquals("forward.out_nosie", problem.keyPath());
        assertContains(e.getMessage(), "bad.json: forward.out_nosie", "unknown key", "did you mean out_noise?",
                "allowed keys of forward: is_perfect, mv_type", "nm_thres");
    }

    @Test
    void unknownGroupAtTheTopLevel() {
        ConfigException e = yamlFails("fwd:\n  out_noise: 0.1\n");
        assertContains(e.getMessage(), "fwd: unknown key", "schema_version, preset, forward, noise_model");
    }

    @Test
    void wrongTypeNamesWhatIsExpected() {
        ConfigException e = jsonFails("{\"forward\": {\"out_noise\": \"loud\"}}");
        assertEquals("forward.out_noise", only(e).keyPath());
        assertContains(e.getMessage(), "forward.out_noise: wrong type: expected number in [0, ∞)", "\"loud\"");
        assertContains(jsonFails("{\"mapping\": {\"max_input_size\": 1.5}}").getMessage(),
                "mapping.max_input_size: wrong type: expected integer in [0, ∞)");
        assertContains(jsonFails("{\"mapping\": {\"digital_bias\": 1}}").getMessage(),
                "mapping.digital_bias: wrong type: expected true or false");
        assertContains(jsonFails("{\"forward\": 3}").getMessage(), "forward: wrong type: expected a group");
    }

    @Test
    void outOfRangeNamesTheRange() {
        ConfigException e = jsonFails("{\"forward\": {\"out_noise\": -0.5}, \"modifier\": {\"pdrop\": 1.5}}");
        assertEquals(2, e.problems().size(), e.getMessage());
        assertContains(e.getMessage(), "forward.out_noise: out of range: -0.5 is not in [0, ∞)",
                "modifier.pdrop: out of range: 1.5 is not in [0, 1]");
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() {
        ConfigException e = jsonFails("{\"forward\": {\"bound_management\": \"iterativ\"}}");
        assertEquals("forward.bound_management", only(e).keyPath());
        assertContains(e.getMessage(), "unknown value; did you mean iterative?",
                "allowed: none, iterative, iterative_worst_case, shift");
    }

    @Test
    void enumValuesAreReadCaseInsensitively() {
        RpuConfig config = ConfigFiles.parse("{\"forward\": {\"w_noise_type\": \"PCM_Read\"},"
                + " \"noise_model\": {\"type\": \"State_Independent\"}}", ConfigFormat.JSON, null);
        assertEquals(WeightNoiseType.PCM_READ, config.forward().wNoiseType());
        assertEquals(NoiseModelType.STATE_INDEPENDENT, config.noiseModel().type());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ConfigException e = jsonFails("{\n  \"forward\": {\"out_noise\": 0.1,}\n}");
        assertContains(e.getMessage(), "bad.json: malformed JSON at line 2, column");
    }

    @Test
    void malformedYamlGivesLineAndColumn() {
        ConfigException e = yamlFails("forward:\n  out_noise: 0.1\n out_bound: [1\n");
        assertContains(e.getMessage(), "bad.yaml: malformed YAML at line");
    }

    @Test
    void duplicateKeysAreAnError() {
        assertContains(jsonFails("{\"forward\": {\"out_noise\": 0.1, \"out_noise\": 0.2}}").getMessage(),
                "malformed JSON", "out_noise");
    }

    @Test
    void unknownPresetListsThePresets() {
        ConfigException e = jsonFails("{\"preset\": \"standard_hwa\"}");
        assertEquals("preset", only(e).keyPath());
        assertContains(e.getMessage(), "unknown preset", "inference_default, inference_scaled, standard_hwa_training");
    }

    @Test
    void badSchemaVersion() {
        ConfigException e = jsonFails("{\"schema_version\": 2}");
        assertEquals("schema_version", only(e).keyPath());
        assertContains(e.getMessage(), "unsupported schema version; allowed: 1");
        assertContains(jsonFails("{\"schema_version\": \"1\"}").getMessage(), "schema_version");
    }

    @Test
    void typeSpecificKeyOnTheWrongNoiseType() {
        ConfigException e = jsonFails("{\"noise_model\": {\"type\": \"pcm_like\", \"num_devices\": 1}}");
        assertEquals("noise_model.num_devices", only(e).keyPath());
        assertContains(e.getMessage(), "applies only to the noise model types hermes", "this noise model is pcm_like");
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"reram_cmo\", \"g_converter\": {}}}").getMessage(),
                "noise_model.g_converter: applies only to the noise model types pcm_like");
    }

    @Test
    void allProblemsOfAFileAreCollected() {
        ConfigException e = yamlFails("""
                schema_version: 3
                preset: nope
                forward: {out_noise: -1, inp_res: abc}
                clip: {typ: none}
                """);
        assertEquals(List.of("schema_version", "preset", "forward.inp_res", "forward.out_noise", "clip.typ"),
                e.problems().stream().map(ConfigProblem::keyPath).toList());
        assertEquals(5, e.getMessage().lines().count());
    }

    @Test
    void noiseManagementNeedsInputBoundOne() {
        ConfigException e = jsonFails("{\"forward\": {\"inp_bound\": 2}}");
        assertContains(only(e).toString(), "forward.inp_bound", "noise management abs_max requires forward.inp_bound = 1");
        ConfigFiles.parse("{\"forward\": {\"inp_bound\": 2, \"noise_management\": \"none\"}}", ConfigFormat.JSON, null);
    }

    @Test
    void conductanceRangeAndConverterShapes() {
        assertContains(jsonFails("{\"noise_model\": {\"g_max\": 5, \"g_converter\": {\"g_min\": 6}}}").getMessage(),
                "noise_model.g_converter.g_min: must be below noise_model.g_max");
        assertContains(jsonFails("{\"noise_model\": {\"g_converter\": {\"type\": \"dual_pair\", \"f_lst\": [1]}}}")
                .getMessage(), "noise_model.g_converter.f_lst: dual_pair needs exactly 2");
        assertContains(jsonFails("{\"noise_model\": {\"g_converter\": {\"type\": \"n_pair\", \"f_lst\": []}}}")
                .getMessage(), "n_pair needs at least 1");
        assertContains(jsonFails("{\"noise_model\": {\"g_converter\": {\"type\": \"custom_pair\", "
                + "\"g_lst\": [[0, 25], [25]]}}}").getMessage(), "same length M >= 2");
        assertContains(jsonFails("{\"noise_model\": {\"g_converter\": {\"f_lst\": [1]}}}").getMessage(),
                "noise_model.g_converter.f_lst: is not used by the single_pair converter");
    }

    @Test
    void customDriftModelMustCoverTheConductanceRange() {
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"custom_drift_pcm_like\", \"custom_drift_model\":"
                + " {\"g_lst\": [0, 10], \"nu_mean_lst\": [0.1, 0.05], \"nu_std_lst\": [0.01, 0.01]}}}").getMessage(),
                "noise_model.custom_drift_model.g_lst: must cover");
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"custom_drift_pcm_like\", \"custom_drift_model\":"
                + " {\"g_lst\": [0, 30]}}}").getMessage(), "same length");
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"custom_drift_pcm_like\", \"custom_drift_model\":"
                + " {\"g_lst\": [0, 30, 25]}}}").getMessage(), "strictly ascending");
    }

    @Test
    void hermesLimits() {
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"hermes\", \"num_devices\": 3}}").getMessage(),
                "noise_model.num_devices: out of range: 3 is not in [1, 2]");
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"hermes\", \"g_max\": 25}}").getMessage(),
                "noise_model.g_max: exceeds the characterised maximum", "(0, 20.7]");
    }

    @Test
    void reramCoefficientKeysMustBeSeconds() {
        assertContains(jsonFails("{\"noise_model\": {\"type\": \"reram_wan2022\", \"coeff_dic\": {\"1h\": [0.3]}}}")
                .getMessage(), "noise_model.coeff_dic", "key '1h' must be a positive number (s)");
    }

    @Test
    void physicalSimulationNeedsPowerLawDrift() {
        assertContains(jsonFails("{\"preset\": \"reram_wan2022\", \"simulation\": {\"physical\": true}}")
                .getMessage(), "simulation.physical", "reram_wan2022 noise model", "pcm_like, custom_drift_pcm_like");
        assertTrue(ConfigFiles.parse("{\"simulation\": {\"physical\": true}}", ConfigFormat.JSON, null)
                .simulation().physical());
    }

    @Test
    void perBatchSampleIsNotSupported() {
        assertContains(jsonFails("{\"modifier\": {\"per_batch_sample\": true}}").getMessage(),
                "modifier.per_batch_sample: is not supported");
    }

    @Test
    void nullOnlyWhereAllowed() {
        assertContains(jsonFails("{\"forward\": {\"out_noise\": null}}").getMessage(),
                "forward.out_noise: must not be null");
        RpuConfig config = ConfigFiles.parse("{\"noise_model\": {\"prog_coeff_g_max_reference\": 40}}",
                ConfigFormat.JSON, null);
        assertEquals(40.0, ((PcmLikeNoise) config.noiseModel()).progCoeffGMaxReference());
    }

    @Test
    void nonMappingAndEmptyFiles() {
        assertContains(jsonFails("[1, 2]").getMessage(), "must hold a mapping");
        assertContains(yamlFails("").getMessage(), "the file is empty");
    }

    @Test
    void crossFieldProblemsAreReportedAlongsideFieldProblems() {
        ConfigException e = jsonFails("{\"forward\": {\"out_nose\": 1, \"inp_bound\": 3},"
                + " \"noise_model\": {\"g_max\": -1}}");
        assertEquals(List.of("forward.out_nose", "noise_model.g_max", "forward.inp_bound"),
                e.problems().stream().map(ConfigProblem::keyPath).toList());
    }
}
