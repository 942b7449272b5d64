package org.driftlab.model;

import java.util.List;
import java.util.Map;
import org.driftlab.config.RpuConfig;

/**
 * What a checkpoint file holds besides the parameters.
 *
 * @param trainingConfig the RPU configuration of hardware-aware training, or null for a digital training
 * @param inputRanges    per analog layer, the input range of each of its tiles after training (empty when none)
 * @param outputScale    the network's fixed digital output factors ({@link Network#outputScale()}; 1 unless folded)
 */
public record Checkpoint(ModelSpec spec, TrainingRecord training, RpuConfig trainingConfig, String driftlabVersion,
                         Map<String, List<Double>> inputRanges, OutputScale outputScale) {
    public Checkpoint {
        inputRanges = Map.copyOf(inputRanges);
    }
}
