package org.driftlab.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * aihwkit's {@code ReRamWan2022NoiseModel} (spec section 4.3): noise polynomials in g/g_max by time in seconds.
 * Drift is evaluated only at the tabulated times.
 */
public record ReramWan2022Noise(
        double gMax,
        Map<String, List<Double>> coeffDic,
        double noiseScale,
        ConverterParameter gConverter) implements NoiseModelParameter {

    public ReramWan2022Noise {
        coeffDic = new TreeMap<>(coeffDic);
        coeffDic.replaceAll((k, v) -> List.copyOf(v));
        coeffDic = java.util.Collections.unmodifiableMap(coeffDic);
    }

    public static ReramWan2022Noise defaults() {
        return new ReramWan2022Noise(25.0, Map.of(
                "1", List.of(0.348, 16.030, -43.853, 45.393, -16.815),
                "86400", List.of(0.701, 22.086, -50.773, 47.095, -16.458),
                "172800", List.of(0.782, 20.274, -43.507, 37.062, -11.934)),
                1.0, ConverterParameter.singlePair());
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.RERAM_WAN2022;
    }
}
