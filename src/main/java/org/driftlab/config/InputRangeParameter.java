package org.driftlab.config;

/** Input-range clipping and learning in front of the DAC (aihwkit {@code InputRangeParameter}). */
public record InputRangeParameter(
        boolean enable,
        boolean learnInputRange,
        double initValue,
        int initFromData,
        double initStdAlpha,
        double decay,
        double inputMinPercentage,
        boolean manageOutputClipping,
        double outputMinPercentage,
        double gradientScale,
        boolean gradientRelative) {

    public static InputRangeParameter defaults() {
        return new InputRangeParameter(false, true, 3.0, 100, 3.0, 0.001, 0.95, false, 0.95, 1.0, true);
    }
}
