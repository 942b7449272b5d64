package org.driftlab.config;

/**
 * DriftLab's own options, which aihwkit does not have.
 *
 * @param physical keep every programmed device through drift and take the read-noise level from the target
 *                 conductance, instead of aihwkit's re-conversion of the programmed weight (spec section 13)
 */
public record SimulationParameter(boolean physical) {
    public static SimulationParameter defaults() {
        return new SimulationParameter(false);
    }
}
