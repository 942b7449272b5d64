package org.driftlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.ConfigDifference;

/**
 * What an evaluation says about the differences between a checkpoint's training configuration and the one it is
 * evaluated with (the evaluation's wins): one message per key that acts in evaluation, and a single line for the
 * keys that act only in training (weight modifier, unless enabled during test; clipping; remapping), which an
 * HWA-trained checkpoint always differs in and which change nothing here.
 */
final class ConfigDifferenceNotes {
    private static final List<String> TRAINING_ONLY_GROUPS = List.of("clip.", "remap.");

    private ConfigDifferenceNotes() {
    }

    /** The messages, the training-only summary (if any) first. */
    static List<String> forEvaluation(List<ConfigDifference> differences, RpuConfig evaluated) {
        List<String> acting = new ArrayList<>();
        TreeSet<String> trainingOnlyGroups = new TreeSet<>();
        int trainingOnly = 0;
        for (ConfigDifference d : differences) {
            String group = d.keyPath().substring(0, d.keyPath().indexOf('.') + 1);
            boolean modifierIdle = group.equals("modifier.") && !evaluated.modifier().enableDuringTest();
            if (modifierIdle || TRAINING_ONLY_GROUPS.contains(group)) {
                trainingOnly++;
                trainingOnlyGroups.add(group.substring(0, group.length() - 1));
            } else {
                acting.add("config " + d.keyPath() + ": the checkpoint was trained with " + d.stored()
                        + ", evaluating with " + d.given());
            }
        }
        List<String> notes = new ArrayList<>();
        if (trainingOnly > 0) {
            notes.add("config: " + trainingOnly + " training-only setting(s) differ from the checkpoint's ("
                    + String.join(", ", trainingOnlyGroups) + "); they do not act in evaluation");
        }
        notes.addAll(acting);
        return notes;
    }
}
