package org.driftlab.analog;

/**
 * Math.min and Math.max against constant bounds, written as comparisons, for element-wise passes that the compiler
 * cannot vectorise (those that also write booleans, for instance). On JDK 17, Math.min and Math.max of floats
 * compile to a sequence that orders signed zeros and passes NaN on: fast where a loop is vectorised, but in a scalar
 * loop several times the cost of a comparison (the PCM_NOISE modifier's first pass took 9.1 ns a weight with them and
 * 3.1 ns with these, in a throwaway micro-benchmark). Where a loop is vectorised, keep Math.min and Math.max: a
 * comparison stops the vectorisation. For bounds that are neither NaN nor zero the results are the same, bit for
 * bit, NaN included.
 */
public final class Bounds {
    private Bounds() {
    }

    /** Math.min(Math.max(value, low), high) for bounds low ≤ high that are neither NaN nor zero. */
    public static float clamp(float value, float low, float high) {
        return value < low ? low : value > high ? high : value;
    }

    /** Math.min(value, high) for a bound that is neither NaN nor zero. */
    public static float atMost(float value, float high) {
        return value > high ? high : value;
    }
}
