package org.driftlab.analog.hwa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;

/** Test helper: element-wise comparisons with a stated tolerance. */
final class TestArrays {
    private TestArrays() {
    }

    static void assertClose(float[] expected, NDArray actual, double tolerance) {
        float[] values = actual.toFloatArray();
        assertEquals(expected.length, values.length, "element count");
        for (int i = 0; i < values.length; i++) {
            assertEquals(expected[i], values[i], tolerance, "element " + i);
        }
    }

    static double std(float[] values) {
        double mean = mean(values);
        double sum = 0;
        for (float v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
