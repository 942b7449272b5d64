package org.driftlab.config;

/** Weight clipping after each training step (aihwkit WeightClipType). Written in files in lower snake case. */
public enum ClipType {
    NONE, FIXED_VALUE, LAYER_GAUSSIAN, AVERAGE_CHANNEL_MAX
}
