package org.driftlab.config;

/** Which digital drift compensation the tiles apply in evaluation. */
public record DriftCompensationParameter(DriftCompensationType type) {
    public static DriftCompensationParameter defaults() {
        return new DriftCompensationParameter(DriftCompensationType.GLOBAL);
    }
}
