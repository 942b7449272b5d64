package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * aihwkit's {@code ReRamCMONoiseModel} (spec section 4.4). One device per weight, mapped affinely onto
 * [g_min, g_max].
 */
public record ReramCmoNoise(
        double gMax,
        double gMin,
        Map<String, List<Double>> coeffDict,
        ReadDict readDict,
        DecayDict decayDict,
        double acceptanceRange,
        double progNoiseScale,
        double readNoiseScale,
        double driftScale) implements NoiseModelParameter {

    /** The read-noise constants: K and t_read in seconds. */
    public record ReadDict(@JsonProperty("K") double k, double tRead) {
    }

    /** The drift fit: mean [slope] and std [slope, intercept] against ln t. */
    public record DecayDict(List<Double> mean, List<Double> std) {
        public DecayDict {
            mean = List.copyOf(mean);
            std = List.copyOf(std);
        }
    }

    public ReramCmoNoise {
        coeffDict = new TreeMap<>(coeffDict);
        coeffDict.replaceAll((k, v) -> List.copyOf(v));
        coeffDict = java.util.Collections.unmodifiableMap(coeffDict);
    }

    public static ReramCmoNoise defaults() {
        return new ReramCmoNoise(88.199997, 9.0,
                Map.of("0.2", List.of(0.00081107, 0.00106879), "2", List.of(0.0112185391, 0.01129027418)),
                new ReadDict(0.0277316483, 1e-6),
                new DecayDict(List.of(-0.08900206), List.of(0.04201137, 0.41183342)),
                2e-2, 1.0, 1.0, 1.0);
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.RERAM_CMO;
    }
}
