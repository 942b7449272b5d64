package org.driftlab.config;

/** Short-term output-referred weight noise (aihwkit WeightNoiseType). Written in files in lower snake case. */
public enum WeightNoiseType {
    NONE, ADDITIVE_CONSTANT, PCM_READ
}
