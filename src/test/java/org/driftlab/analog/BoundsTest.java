package org.driftlab.analog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The comparisons give what Math.min and Math.max give, bit for bit, for bounds that are neither NaN nor zero. */
class BoundsTest {
    private static final float[] VALUES = {Float.NaN, Float.NEGATIVE_INFINITY, -3f, -0.9f, -0.5f, -Float.MIN_VALUE,
        -0f, 0f, Float.MIN_VALUE, 0.2f, 0.5f, 0.9f, 3f, Float.POSITIVE_INFINITY};
    private static final float[] BOUNDS = {Float.MIN_VALUE, 0.2f, 0.9f, 25f, Float.POSITIVE_INFINITY};

    @Test
    void clampIsMathMinOfMathMax() {
        for (float bound : BOUNDS) {
            for (float value : VALUES) {
                float expected = Math.min(Math.max(value, -bound), bound);
                assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(Bounds.clamp(value, -bound,
                        bound)), value + " within ±" + bound);
            }
        }
    }

    @Test
    void atMostIsMathMin() {
        for (float bound : BOUNDS) {
            for (float value : VALUES) {
                assertEquals(Float.floatToRawIntBits(Math.min(value, bound)),
                        Float.floatToRawIntBits(Bounds.atMost(value, bound)), value + " at most " + bound);
                assertEquals(Float.floatToRawIntBits(Math.min(value, -bound)),
                        Float.floatToRawIntBits(Bounds.atMost(value, -bound)), value + " at most " + -bound);
            }
        }
    }
}
