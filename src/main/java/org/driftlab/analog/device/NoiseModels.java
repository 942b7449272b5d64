package org.driftlab.analog.device;

import org.driftlab.config.CustomDriftPcmLikeNoise;
import org.driftlab.config.HermesNoise;
import org.driftlab.config.NoiseModelParameter;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.config.ReramCmoNoise;
import org.driftlab.config.ReramWan2022Noise;
import org.driftlab.config.RpuConfig;
import org.driftlab.config.StateIndependentNoise;

/** Builds the noise model a configuration names, in aihwkit's semantics or DriftLab's physical option. */
public final class NoiseModels {
    private NoiseModels() {
    }

    public static NoiseModel create(RpuConfig config) {
        return create(config.noiseModel(), config.simulation().physical());
    }

    public static NoiseModel create(NoiseModelParameter parameter, boolean physical) {
        if (parameter instanceof PcmLikeNoise p) {
            return new PcmLikeNoiseModel(p, physical);
        } else if (parameter instanceof CustomDriftPcmLikeNoise p) {
            return new CustomDriftPcmLikeNoiseModel(p, physical);
        } else if (parameter instanceof StateIndependentNoise p) {
            return new StateIndependentNoiseModel(p, physical);
        } else if (parameter instanceof HermesNoise p) {
            return new HermesNoiseModel(p, physical);
        } else if (parameter instanceof ReramWan2022Noise p) {
            return new ReramWan2022NoiseModel(p, physical);
        } else if (parameter instanceof ReramCmoNoise p) {
            return new ReramCmoNoiseModel(p, physical);
        }
        throw new IllegalArgumentException("unknown noise model " + parameter);
    }
}
