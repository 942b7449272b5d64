package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The forward-pass hardware model of a tile (aihwkit {@code IOParameters}). Resolutions follow rule R: a value
 * above 1 is a number of steps, a value in (0, 1] is a step fraction of the full range, zero or less turns
 * quantisation off. Bounds of zero or less mean no bound.
 */
public record IoParameters(
        boolean isPerfect,
        MvType mvType,
        double inpBound,
        double inpNoise,
        double inpRes,
        boolean inpStoRound,
        double inpAsymmetry,
        double outBound,
        double outNoise,
        double outNoiseStd,
        double outRes,
        boolean outStoRound,
        double outScale,
        double outAsymmetry,
        BoundManagement boundManagement,
        NoiseManagement noiseManagement,
        double wNoise,
        WeightNoiseType wNoiseType,
        double irDrop,
        @JsonProperty("ir_drop_g_ratio") double irDropGRatio,
        double outNonlinearity,
        double outNonlinearityStd,
        double slopeCalibration,
        double vOffsetStd,
        @JsonProperty("v_offset_w_min") double vOffsetWMin,
        double rSeries,
        double wReadAsymmetryDtod,
        double maxBmFactor,
        double maxBmRes,
        boolean bmTestNegativeBound,
        double nmThres) {

    /** aihwkit's {@code IOParameters()} defaults. */
    public static IoParameters defaults() {
        return new IoParameters(false, MvType.ONE_PASS, 1.0, 0.0, 1.0 / 126, false, 0.0,
                12.0, 0.06, 0.0, 1.0 / 510, false, 1.0, 0.0,
                BoundManagement.ITERATIVE, NoiseManagement.ABS_MAX, 0.0, WeightNoiseType.NONE,
                0.0, 1 / 0.35 / 5e-6, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0,
                1000, 0.25, true, 0.0);
    }
}
