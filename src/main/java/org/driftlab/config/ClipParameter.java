package org.driftlab.config;

/** Weight clipping applied to the tile weights after each training step (aihwkit {@code WeightClipParameter}). */
public record ClipParameter(ClipType type, double fixedValue, double sigma) {
    public static ClipParameter defaults() {
        return new ClipParameter(ClipType.NONE, -1.0, 2.5);
    }
}
