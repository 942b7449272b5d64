package org.driftlab.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetsTest {
    @Test
    void namesAndDescriptions() {
        assertEquals(List.of("inference_default", "inference_scaled", "standard_hwa_training", "web_composer", "floating_point",
                "hpml_2022", "reram_wan2022", "hermes"), Presets.names());
        for (Preset preset : Presets.all()) {
            assertFalse(preset.description().isBlank());
            assertFalse(preset.description().contains("\n"));
        }
        assertEquals(RpuConfig.defaults(), Presets.get("inference_default"));
        assertThrows(ConfigException.class, () -> Presets.get("nope"));
    }

    @Test
    void inferenceScaledIsTheDefaultWithColumnwiseWeightScaling() {
        RpuConfig scaled = Presets.get("inference_scaled");
        assertEquals(1.0, scaled.mapping().weightScalingOmega());
        assertTrue(scaled.mapping().weightScalingColumnwise());
        RpuConfig unscaled = ConfigTree.withAll(scaled, Map.of(
                "mapping.weight_scaling_omega", 0.0, "mapping.weight_scaling_columnwise", false));
        assertEquals(RpuConfig.defaults(), unscaled);
    }

    @Test
    void standardHwaTrainingFollowsAihwkit() {
        RpuConfig c = Presets.get("standard_hwa_training");
        IoParameters f = c.forward();
        assertEquals(254.0, f.inpRes());
        assertEquals(254.0, f.outRes());
        assertEquals(BoundManagement.NONE, f.boundManagement());
        assertEquals(NoiseManagement.CONSTANT, f.noiseManagement());
        assertEquals(1.0, f.nmThres());
        assertEquals(0.0175, f.wNoise());
        assertEquals(WeightNoiseType.PCM_READ, f.wNoiseType());
        assertEquals(1.0, f.irDrop());
        assertEquals(0.04, f.outNoise());
        assertEquals(10.0, f.outBound());
        assertEquals(1.0, f.inpBound());
        assertEquals(new MappingParameter(true, 1.0, true, false, true, true, 512, 0), c.mapping());
        assertEquals(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 0.0, 0.0), c.remap());
        assertEquals(new ClipParameter(ClipType.FIXED_VALUE, 1.0, 2.5), c.clip());
        assertTrue(c.prePost().inputRange().enable());
        assertEquals(3.0, c.prePost().inputRange().initValue());
        assertEquals(ModifierType.NONE, c.modifier().type());
        assertEquals(PcmLikeNoise.defaults(), c.noiseModel());
        assertEquals(DriftCompensationType.GLOBAL, c.driftCompensation().type());
    }

    @Test
    void webComposerAndFloatingPoint() {
        RpuConfig web = Presets.get("web_composer");
        assertEquals(20.0, web.forward().outBound());
        assertEquals(0.1, web.forward().outNoise());
        assertEquals(1.0 / 126, web.forward().inpRes());
        assertEquals(1.0 / 510, web.forward().outRes());
        assertEquals(ModifierType.ADD_NORMAL, web.modifier().type());
        assertEquals(0.1, web.modifier().stdDev());
        assertEquals(new MappingParameter(true, 1.0, true, false, true, false, 512, 512), web.mapping());
        RpuConfig fp = Presets.get("floating_point");
        assertTrue(fp.forward().isPerfect());
        assertEquals(0, fp.mapping().maxInputSize());
        assertEquals(0, fp.mapping().maxOutputSize());
        assertFalse(fp.prePost().inputRange().enable());
    }

    @Test
    void studyAndDevicePresets() {
        RpuConfig hpml = Presets.get("hpml_2022");
        assertEquals(160.0, hpml.noiseModel().gMax());
        assertEquals(256, hpml.mapping().maxInputSize());
        assertEquals(255, hpml.mapping().maxOutputSize());
        assertEquals(WeightNoiseType.PCM_READ, hpml.forward().wNoiseType());
        assertEquals(0.0, hpml.forward().wNoise());
        assertEquals(20.0, hpml.forward().outBound());
        assertEquals(BoundManagement.ITERATIVE, hpml.forward().boundManagement());
        assertEquals(ClipType.FIXED_VALUE, hpml.clip().type());
        assertTrue(hpml.mapping().learnOutScaling() && hpml.mapping().weightScalingColumnwise());
        RpuConfig reram = Presets.get("reram_wan2022");
        assertEquals(ReramWan2022Noise.defaults(), reram.noiseModel());
        assertEquals(0.01, reram.forward().wNoise());
        assertEquals(WeightNoiseType.ADDITIVE_CONSTANT, reram.forward().wNoiseType());
        assertEquals(HermesNoise.defaults(2), Presets.get("hermes").noiseModel());
    }
}
