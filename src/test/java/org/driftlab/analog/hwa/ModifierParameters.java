package org.driftlab.analog.hwa;

import java.util.List;
import org.driftlab.config.ModifierParameter;
import org.driftlab.config.ModifierType;

/** Test helper: a ModifierParameter from the defaults with a few fields changed. */
final class ModifierParameters {
    ModifierType type = ModifierType.NONE;
    double stdDev;
    double res;
    boolean stoRound;
    double dorefaClip = 0.6;
    double pdrop;
    boolean enableDuringTest;
    boolean relToActualWmax = true;
    double assumedWmax = 1.0;
    boolean copyLastColumn;
    List<Double> coeffs = List.of(0.0105392, 0.0768, -0.046925);
    double gMax = 25.0;
    double pcmZeroThres;
    double pcmTInference;
    double pcmProbAtReset;
    double pcmProbAtGmax;
    double pcmProbAtRandom;
    double pcmT0 = 20.0;

    static ModifierParameters of(ModifierType type) {
        ModifierParameters p = new ModifierParameters();
        p.type = type;
        return p;
    }

    ModifierParameter build() {
        return new ModifierParameter(type, stdDev, false, res, stoRound, dorefaClip, pdrop, enableDuringTest,
                relToActualWmax, assumedWmax, copyLastColumn, coeffs, gMax, pcmZeroThres, pcmTInference,
                pcmProbAtReset, pcmProbAtGmax, pcmProbAtRandom, pcmT0);
    }

    WeightModifier modifier() {
        return new WeightModifier(build());
    }
}
