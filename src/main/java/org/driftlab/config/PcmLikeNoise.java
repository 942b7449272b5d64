package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** aihwkit's {@code PCMLikeNoiseModel} (spec section 3). A null reference means aihwkit's default rule. */
public record PcmLikeNoise(
        double gMax,
        List<Double> progCoeff,
        @JsonProperty("prog_coeff_g_max_reference") Double progCoeffGMaxReference,
        double tRead,
        @JsonProperty("t_0") double t0,
        double progNoiseScale,
        double readNoiseScale,
        double driftScale,
        ConverterParameter gConverter) implements NoiseModelParameter {

    public static final List<Double> DEFAULT_PROG_COEFF = List.of(0.26348, 1.9650, -1.1731);

    public PcmLikeNoise {
        progCoeff = List.copyOf(progCoeff);
    }

    public static PcmLikeNoise defaults() {
        return new PcmLikeNoise(25.0, DEFAULT_PROG_COEFF, null, 250e-9, 20.0, 1.0, 1.0, 1.0,
                ConverterParameter.singlePair());
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.PCM_LIKE;
    }
}
