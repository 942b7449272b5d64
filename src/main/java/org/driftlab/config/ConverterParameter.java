package org.driftlab.config;

import java.util.List;

/**
 * The weight-to-conductance converter of a noise model. Its maximal conductance is the noise model's
 * {@code g_max}, so that one number sets the device range.
 *
 * @param fLst significance factors, lowest first (n_pair, dual_pair, custom_pair)
 * @param gLst 2P conductance lists, alternating G+ and G-, describing g(w) on an even weight grid (custom_pair)
 */
public record ConverterParameter(ConverterType type, double gMin, List<Double> fLst, List<List<Double>> gLst) {

    public ConverterParameter {
        fLst = List.copyOf(fLst);
        gLst = gLst.stream().map(List::copyOf).toList();
    }

    public static ConverterParameter singlePair() {
        return new ConverterParameter(ConverterType.SINGLE_PAIR, 0.0, List.of(), List.of());
    }

    /** The defaults of a converter type, as aihwkit's tests use them where aihwkit has none. */
    public static ConverterParameter defaults(ConverterType type) {
        return switch (type) {
            case SINGLE_PAIR -> singlePair();
            case N_PAIR -> new ConverterParameter(type, 0.0, List.of(1.0, 2.0, 3.0), List.of());
            case DUAL_PAIR -> new ConverterParameter(type, 0.0, List.of(1.0, 3.0), List.of());
            case CUSTOM_PAIR -> new ConverterParameter(type, 0.0, List.of(1.0), List.of(
                    List.of(0.0, 0.0, 0.0, 12.5, 25.0), List.of(25.0, 12.5, 0.0, 0.0, 0.0)));
            case SINGLE_DEVICE -> new ConverterParameter(type, 9.0, List.of(), List.of());
        };
    }
}
