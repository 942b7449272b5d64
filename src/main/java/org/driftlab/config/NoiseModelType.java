package org.driftlab.config;

/** The device noise model used when weights are programmed and drifted. Written in files in lower snake case. */
public enum NoiseModelType {
    PCM_LIKE, CUSTOM_DRIFT_PCM_LIKE, STATE_INDEPENDENT, RERAM_WAN2022, RERAM_CMO, HERMES
}
