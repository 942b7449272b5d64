package org.driftlab.config;

/** Weight remapping after each training step (aihwkit {@code WeightRemapParameter}). */
public record RemapParameter(RemapType type, double remappedWmax, double maxScaleRange, double maxScaleRef) {
    public static RemapParameter defaults() {
        return new RemapParameter(RemapType.NONE, 1.0, 0.0, 0.0);
    }
}
