package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** aihwkit's {@code StateIndependentNoiseModel} (spec section 4.1). */
public record StateIndependentNoise(
        double gMax,
        List<Double> progCoeff,
        double driftNuMean,
        double driftNuStd,
        double driftScale,
        @JsonProperty("t_0") double t0,
        double progNoiseScale,
        double readNoiseScale,
        double tRead,
        ConverterParameter gConverter) implements NoiseModelParameter {

    public StateIndependentNoise {
        progCoeff = List.copyOf(progCoeff);
    }

    public static StateIndependentNoise defaults() {
        return new StateIndependentNoise(25.0, List.of(0.2, 0.0, 0.0), 0.1, 0.05, 1.0, 20.0, 1.0, 1.0, 250e-9,
                ConverterParameter.singlePair());
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.STATE_INDEPENDENT;
    }
}
