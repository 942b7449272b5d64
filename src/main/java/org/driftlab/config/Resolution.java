package org.driftlab.config;

/**
 * DAC/ADC resolutions ({@code forward.inp_res}, {@code forward.out_res}): rule R, their rounding step, and bits
 * for forms. Rule R: res > 1 is a number of steps, 0 < res <= 1 a step fraction of the full range, res <= 0 off.
 */
public final class Resolution {
    private Resolution() {
    }

    /**
     * The rounding step of a converter with range ±bound, or 0 when it does not quantise: res off, or an
     * unbounded range (aihwkit's engine skips a converter whose step would be 0).
     */
    public static double step(double res, double bound) {
        if (res <= 0 || bound <= 0) {
            return 0;
        }
        double fraction = res > 1 ? 1 / res : res;
        return fraction * 2 * bound;
    }

    /** The step fraction of a converter with {@code bits} bits: 1/(2^bits - 2); 0 bits gives -1 (off). */
    public static double resFromBits(int bits) {
        if (bits == 0) {
            return -1.0;
        }
        if (bits < 2 || bits > 62) {
            throw new IllegalArgumentException("bits must be 0 (off) or in [2, 62], got " + bits);
        }
        return 1.0 / (Math.pow(2, bits) - 2);
    }

    /**
     * The number of bits of a resolution (not necessarily whole), log2(steps + 2); 0 when quantisation is off.
     */
    public static double bitsFromRes(double res) {
        if (res <= 0) {
            return 0.0;
        }
        double steps = res > 1 ? res : 1.0 / res;
        return Math.log(steps + 2) / Math.log(2);
    }
}
