package org.driftlab.model;

/** The kinds of weight layer that can be mapped onto tiles. */
public enum LayerKind {
    CONV, LINEAR
}
