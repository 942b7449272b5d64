package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.ConfigDifference;
import org.junit.jupiter.api.Test;

class ConfigDifferenceNotesTest {
    private static final List<ConfigDifference> HWA_CHECKPOINT = List.of(
            new ConfigDifference("modifier.type", "\"pcm_noise\"", "\"none\""),
            new ConfigDifference("modifier.pcm_t_inference", "3.1536E7", "0.0"),
            new ConfigDifference("remap.type", "\"channelwise_symmetric\"", "\"none\""),
            new ConfigDifference("clip.type", "\"layer_gaussian\"", "\"none\""),
            new ConfigDifference("forward.out_noise", "0.12", "0.06"));

    @Test
    void trainingOnlySettingsGiveOneLineAndActingOnesTheirOwn() {
        List<String> notes = ConfigDifferenceNotes.forEvaluation(HWA_CHECKPOINT, RpuConfig.defaults());
        assertEquals(List.of(
                "config: 4 training-only setting(s) differ from the checkpoint's (clip, modifier, remap); they do "
                        + "not act in evaluation",
                "config forward.out_noise: the checkpoint was trained with 0.12, evaluating with 0.06"), notes);
    }

    @Test
    void aModifierEnabledDuringTestActsInEvaluation() {
        RpuConfig evaluated = ConfigTree.with(RpuConfig.defaults(), "modifier.enable_during_test", true);
        List<String> notes = ConfigDifferenceNotes.forEvaluation(HWA_CHECKPOINT, evaluated);
        assertEquals(4, notes.size());
        assertEquals("config modifier.type: the checkpoint was trained with \"pcm_noise\", evaluating with \"none\"",
                notes.get(1));
    }

    @Test
    void noDifferencesNoNotes() {
        assertEquals(List.of(), ConfigDifferenceNotes.forEvaluation(List.of(), RpuConfig.defaults()));
    }
}
