package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class PiecewiseLinearTest {
    @Test
    void matchesNumpyInterpIncludingEndValues() {
        PiecewiseLinear curve = new PiecewiseLinear(new double[] {0, 10, 25}, new double[] {0.08, 0.05, 0.03});
        double[] x = {-5, 0, 5, 10, 17.5, 25, 40};
        double[] expected = {0.08, 0.08, 0.065, 0.05, 0.04, 0.03, 0.03};
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] xs = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                xs[i] = (float) x[i];
                assertEquals(expected[i], curve.apply(x[i]), 1e-12);
            }
            float[] actual = curve.apply(manager.create(xs)).toFloatArray();
            float[] expectedFloats = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                expectedFloats[i] = (float) expected[i];
            }
            assertArrayEquals(expectedFloats, actual, 1e-6f);
        }
    }
}
