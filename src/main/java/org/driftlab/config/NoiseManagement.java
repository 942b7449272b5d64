package org.driftlab.config;

/** Input scaling before the DAC (aihwkit NoiseManagementType). Written in files in lower snake case. */
public enum NoiseManagement {
    NONE, ABS_MAX, ABS_MAX_NP_SUM, MAX, CONSTANT, AVERAGE_ABS_MAX
}
