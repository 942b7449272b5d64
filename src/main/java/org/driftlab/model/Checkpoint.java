package org.driftlab.model;

import org.driftlab.config.RpuConfig;

/**
 * What a checkpoint file holds besides the parameters.
 *
 * @param trainingConfig the RPU configuration of hardware-aware training, or null for a digital training
 */
public record Checkpoint(ModelSpec spec, TrainingRecord training, RpuConfig trainingConfig, String driftlabVersion) {
}
