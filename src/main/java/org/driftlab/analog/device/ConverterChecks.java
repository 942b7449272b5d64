package org.driftlab.analog.device;

/** Argument checks shared by the converters (aihwkit's constructor checks). */
final class ConverterChecks {
    /** aihwkit's {@code _ZERO_CLIP}: the smallest abs-max weight a scale ratio is computed from. */
    static final float ZERO_CLIP = 1e-7f;

    private ConverterChecks() {
    }

    static void range(double gMin, double gMax) {
        if (!(gMax >= 0.0)) {
            throw new IllegalArgumentException("g_max must be non-negative, got " + gMax);
        }
        if (!(gMin >= 0.0)) {
            throw new IllegalArgumentException("g_min must be non-negative, got " + gMin);
        }
        if (!(gMin < gMax)) {
            throw new IllegalArgumentException("g_min (" + gMin + ") must be smaller than g_max (" + gMax + ")");
        }
    }
}
