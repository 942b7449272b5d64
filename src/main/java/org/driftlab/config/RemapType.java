package org.driftlab.config;

/** Weight remapping after each training step (aihwkit WeightRemapType). Written in files in lower snake case. */
public enum RemapType {
    NONE, LAYERWISE_SYMMETRIC, CHANNELWISE_SYMMETRIC
}
