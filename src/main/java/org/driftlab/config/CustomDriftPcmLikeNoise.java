package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** aihwkit's {@code CustomDriftPCMLikeNoiseModel}: PCM-like programming and read noise, tabulated drift. */
public record CustomDriftPcmLikeNoise(
        double gMax,
        List<Double> progCoeff,
        @JsonProperty("prog_coeff_g_max_reference") Double progCoeffGMaxReference,
        double tRead,
        @JsonProperty("t_0") double t0,
        double progNoiseScale,
        double readNoiseScale,
        double driftScale,
        ConverterParameter gConverter,
        CustomDriftModel customDriftModel) implements NoiseModelParameter {

    public CustomDriftPcmLikeNoise {
        progCoeff = List.copyOf(progCoeff);
    }

    public static CustomDriftPcmLikeNoise defaults() {
        return new CustomDriftPcmLikeNoise(25.0, PcmLikeNoise.DEFAULT_PROG_COEFF, null, 250e-9, 20.0, 1.0, 1.0, 1.0,
                ConverterParameter.singlePair(), CustomDriftModel.defaults());
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.CUSTOM_DRIFT_PCM_LIKE;
    }
}
