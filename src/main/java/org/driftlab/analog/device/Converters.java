package org.driftlab.analog.device;

import org.driftlab.config.ConverterParameter;

/** Builds the converter a configuration names; its g_max is the noise model's. */
public final class Converters {
    private Converters() {
    }

    public static ConductanceConverter create(ConverterParameter p, double gMax) {
        return switch (p.type()) {
            case SINGLE_PAIR -> new SinglePairConverter(gMax, p.gMin());
            case N_PAIR -> new NPairConverter(p.fLst(), gMax, p.gMin());
            case DUAL_PAIR -> NPairConverter.dualPair(p.fLst(), gMax, p.gMin());
            case CUSTOM_PAIR -> new CustomPairConverter(p.fLst(), p.gLst(), gMax, p.gMin());
            case SINGLE_DEVICE -> new SingleDeviceConverter(gMax, p.gMin());
        };
    }
}
