package org.driftlab.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * aihwkit's {@code HermesNoiseModel} (spec section 4.2). Its g_max and t_0 defaults depend on the number of
 * devices per polarity: 20.7 µS and 300 s for two, 10.35 µS and 200 s for one.
 */
public record HermesNoise(
        int numDevices,
        double gMax,
        @JsonProperty("t_0") double t0,
        double tRead,
        double progNoiseScale,
        double readNoiseScale,
        double driftScale,
        ConverterParameter gConverter) implements NoiseModelParameter {

    public static HermesNoise defaults(int numDevices) {
        boolean two = numDevices == 2;
        return new HermesNoise(numDevices, two ? 20.7 : 10.35, two ? 300.0 : 200.0, 512e-9, 1.0, 1.0, 1.0,
                ConverterParameter.singlePair());
    }

    /** The largest g_max that the device characterisation covers. */
    public double characterisedGMax() {
        return numDevices == 2 ? 20.7 : 10.35;
    }

    @Override
    public NoiseModelType type() {
        return NoiseModelType.HERMES;
    }
}
