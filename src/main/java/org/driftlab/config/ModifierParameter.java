package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The hardware-aware-training weight modifier (aihwkit {@code WeightModifierParameter}). */
public record ModifierParameter(
        ModifierType type,
        double stdDev,
        boolean perBatchSample,
        double res,
        boolean stoRound,
        double dorefaClip,
        double pdrop,
        boolean enableDuringTest,
        boolean relToActualWmax,
        double assumedWmax,
        boolean copyLastColumn,
        List<Double> coeffs,
        double gMax,
        double pcmZeroThres,
        @JsonProperty("pcm_t_inference") double pcmTInference,
        double pcmProbAtReset,
        double pcmProbAtGmax,
        double pcmProbAtRandom,
        double pcmT0) {

    public ModifierParameter {
        coeffs = List.copyOf(coeffs);
    }

    public static ModifierParameter defaults() {
        return new ModifierParameter(ModifierType.NONE, 0.0, false, 0.0, false, 0.6, 0.0, false, true, 1.0,
                false, List.of(0.0105392, 0.0768, -0.046925), 25.0, 0.0, 0.0, 0.0, 0.0, 0.0, 20.0);
    }
}
