package org.driftlab.config;

/** How a layer's weights are mapped onto tiles (aihwkit {@code MappingParameter}). */
public record MappingParameter(
        boolean digitalBias,
        double weightScalingOmega,
        boolean weightScalingColumnwise,
        boolean weightScalingLrCompensation,
        boolean learnOutScaling,
        boolean outScalingColumnwise,
        int maxInputSize,
        int maxOutputSize) {

    public static MappingParameter defaults() {
        return new MappingParameter(true, 0.0, false, false, false, false, 512, 512);
    }
}
