package org.driftlab.analog;

import static org.driftlab.testing.RecordCopy.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.BoundManagement;
import org.driftlab.config.IoParameters;
import org.driftlab.config.NoiseManagement;
import org.driftlab.config.WeightNoiseType;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalogMvmTest extends WithTensorManager {
    private static IoParameters noiseless() {
        return with(IoParameters.defaults(), "outNoise", 0.0, "noiseManagement", NoiseManagement.NONE);
    }

    private float forward(IoParameters io, float w, float x) {
        AnalogMvm mvm = new AnalogMvm(io, 1, 1, manager, new Rng(1));
        NDArray y = mvm.forward(manager.create(new float[][] {{w}}), manager.create(new float[][] {{x}}), new Rng(2), false);
        return y.getFloat(0, 0);
    }

    /** The same through the general path of tensor operations, which a GPU and the unfused configurations take. */
    private float forwardGeneral(IoParameters io, float w, float x) {
        AnalogMvm mvm = new AnalogMvm(io, 1, 1, manager, new Rng(1));
        NDArray y = mvm.forwardGeneral(manager.create(new float[][] {{w}}), manager.create(new float[][] {{x}}),
                new Rng(2), false);
        return y.getFloat(0, 0);
    }

    /** The discretisation cases of aihwkit's test_discretization_behavior (spec 12.1). */
    @ParameterizedTest
    @CsvSource({
        "1, 10, 4, 4, ITERATIVE, 0",
        "1, 10, 16, 16, ITERATIVE, 1.25",
        "1, 10, -1, -1, NONE, 1",
        "0.1, 1, 4, 16, ITERATIVE, 0.125",
        "0.1, 1, 4, 16, NONE, 0.125",
        "1, 0.1, 16, 4, ITERATIVE, 0.4",
        "1, 0.1, -1, 4, ITERATIVE, 12.8",
        "1, 0.1, -1, 16, ITERATIVE, 9.6",
        "1, 0.1, -1, -1, ITERATIVE, 10",
        "1, 0.1, 16, 16, NONE, 0.1",
        "1, 0.1, -1, -1, NONE, 0.1",
        "10, 10, -1, 16, ITERATIVE, 10",
        "10, 10, -1, 16, NONE, 10",
    })
    void discretisationMatchesAihwkit(double inpBound, double outBound, double inpRes, double outRes,
                                      BoundManagement bm, float expected) {
        IoParameters io = with(noiseless(), "inpBound", inpBound, "outBound", outBound, "inpRes", inpRes,
                "outRes", outRes, "boundManagement", bm);
        assertEquals(expected, forward(io, 1f, 10f), 1e-5);
        assertEquals(expected, forwardGeneral(io, 1f, 10f), 1e-5, "general path");
    }

    @Test
    void perfectForwardIsExactProductTimesOutScale() {
        IoParameters io = with(IoParameters.defaults(), "isPerfect", true, "outScale", 2.0);
        AnalogMvm mvm = new AnalogMvm(io, 2, 2, manager, new Rng(1));
        NDArray w = manager.create(new float[][] {{1, 2}, {3, 4}});
        NDArray x = manager.create(new float[][] {{1, -1}, {0.5f, 0.25f}});
        assertArrayEquals(new float[] {-2, -2, 2, 5}, mvm.forward(w, x, new Rng(3), false).toFloatArray(), 1e-6f);
    }

    @Test
    void defaultPipelineQuantisesInputsToSevenBitsPerVector() {
        // Noise off: abs-max scaling then a 1/63 DAC step; output ADC step 24/510 is fine enough to read it back.
        IoParameters io = with(IoParameters.defaults(), "outNoise", 0.0, "outRes", -1.0);
        AnalogMvm mvm = new AnalogMvm(io, 2, 2, manager, new Rng(1));
        NDArray w = manager.create(new float[][] {{1, 0}, {0, 1}});
        NDArray x = manager.create(new float[][] {{2f, 0.01f}, {-0.5f, 0.3f}});
        float[] y = mvm.forward(w, x, new Rng(3), false).toFloatArray();
        // 0.01/2 = 0.005 is below half a step (1/126), so it rounds to zero; 0.3/0.5 = 0.6 -> 38/63.
        assertArrayEquals(new float[] {2f, 0f, -0.5f, 0.5f * 38 / 63}, y, 1e-6f);
    }

    @Test
    void zeroInputGivesZeroOutputUnderNoiseManagement() {
        AnalogMvm mvm = new AnalogMvm(IoParameters.defaults(), 3, 2, manager, new Rng(1));
        NDArray w = manager.ones(new Shape(2, 3));
        NDArray y = mvm.forward(w, manager.zeros(new Shape(4, 3)), new Rng(2), false);
        assertArrayEquals(new float[8], y.toFloatArray());
    }

    @Test
    void outputNoiseHasConfiguredStdInInputUnits() {
        // With abs-max noise management the output noise is scaled back by the input's abs-max (here 2).
        IoParameters io = with(IoParameters.defaults(), "outRes", -1.0, "outNoise", 0.1);
        int batch = 20000;
        AnalogMvm mvm = new AnalogMvm(io, 1, 1, manager, new Rng(1));
        NDArray y = mvm.forward(manager.zeros(new Shape(1, 1)), manager.full(new Shape(batch, 1), 2f), new Rng(5), false);
        double std = Math.sqrt(y.square().mean().getFloat());
        assertEquals(0.2, std, 0.2 * 0.03);
    }

    @Test
    void pcmReadWeightNoiseScalesWithSqrtOfAbsWeights() {
        IoParameters io = with(noiseless(), "outRes", -1.0, "inpRes", -1.0, "wNoise", 0.1,
                "wNoiseType", WeightNoiseType.PCM_READ, "boundManagement", BoundManagement.NONE);
        int batch = 20000;
        AnalogMvm mvm = new AnalogMvm(io, 2, 1, manager, new Rng(1));
        NDArray w = manager.create(new float[][] {{0.25f, 0.75f}});
        NDArray x = manager.full(new Shape(batch, 2), 0.5f);
        NDArray y = mvm.forward(w, x, new Rng(5), false).sub(0.5f);
        // sigma = 0.1 * sqrt(0.25*0.25 + 0.75*0.25) = 0.05
        assertEquals(0.05, Math.sqrt(y.square().mean().getFloat()), 0.05 * 0.03);
    }

    @Test
    void sameSeedSameOutputs() {
        AnalogMvm mvm = new AnalogMvm(IoParameters.defaults(), 8, 4, manager, new Rng(1));
        NDArray w = new Rng(9).uniform(manager, -1, 1, new Shape(4, 8));
        NDArray x = new Rng(10).uniform(manager, -1, 1, new Shape(16, 8));
        float[] a = mvm.forward(w, x, new Rng(42), false).toFloatArray();
        float[] b = mvm.forward(w, x, new Rng(42), false).toFloatArray();
        float[] c = mvm.forward(w, x, new Rng(43), false).toFloatArray();
        assertArrayEquals(a, b);
        assertEquals(false, java.util.Arrays.equals(a, c));
    }
}
