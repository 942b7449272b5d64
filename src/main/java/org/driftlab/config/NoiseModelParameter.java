package org.driftlab.config;

/**
 * A device noise model. Each type is its own record; in files the group carries {@code "type"}, and the other
 * keys are those of that type only.
 */
public sealed interface NoiseModelParameter permits PcmLikeNoise, CustomDriftPcmLikeNoise, StateIndependentNoise,
        HermesNoise, ReramWan2022Noise, ReramCmoNoise {

    NoiseModelType type();

    /** The maximal device conductance in µS. */
    double gMax();

    /** The defaults of a noise model type, as aihwkit's constructor without arguments gives them. */
    static NoiseModelParameter defaults(NoiseModelType type) {
        return switch (type) {
            case PCM_LIKE -> PcmLikeNoise.defaults();
            case CUSTOM_DRIFT_PCM_LIKE -> CustomDriftPcmLikeNoise.defaults();
            case STATE_INDEPENDENT -> StateIndependentNoise.defaults();
            case HERMES -> HermesNoise.defaults(2);
            case RERAM_WAN2022 -> ReramWan2022Noise.defaults();
            case RERAM_CMO -> ReramCmoNoise.defaults();
        };
    }
}
