package org.driftlab.config;

/** Digital drift compensation of the tile output. Written in files in lower snake case. */
public enum DriftCompensationType {
    NONE, GLOBAL, GLOBAL_EXACT_REFERENCE, PER_COLUMN
}
