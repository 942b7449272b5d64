package org.driftlab.config;

/** Hardware-aware-training weight modifier (aihwkit WeightModifierType). Written in files in lower snake case. */
public enum ModifierType {
    NONE, DISCRETIZE, MULT_NORMAL, ADD_NORMAL, DISCRETIZE_ADD_NORMAL, DOREFA, POLY, PCM_NOISE, PROG_NOISE, DROP_CONNECT, COPY
}
