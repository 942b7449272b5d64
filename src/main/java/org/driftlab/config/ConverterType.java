package org.driftlab.config;

/** How a weight is mapped onto device conductances. Written in files in lower snake case. */
public enum ConverterType {
    SINGLE_PAIR, N_PAIR, DUAL_PAIR, CUSTOM_PAIR, SINGLE_DEVICE
}
