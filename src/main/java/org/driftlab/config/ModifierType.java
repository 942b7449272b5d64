package org.driftlab.config;

/**
 * Hardware-aware-training weight modifier (aihwkit WeightModifierType). Written in files in lower snake case.
 * DEVICE_MODEL is DriftLab's own: training reads the weights through the tile's own noise model and drift
 * compensation at {@code modifier.pcm_t_inference}, as evaluation will.
 */
public enum ModifierType {
    NONE, DISCRETIZE, MULT_NORMAL, ADD_NORMAL, DISCRETIZE_ADD_NORMAL, DOREFA, POLY, PCM_NOISE, PROG_NOISE, DROP_CONNECT,
    COPY, DEVICE_MODEL
}
