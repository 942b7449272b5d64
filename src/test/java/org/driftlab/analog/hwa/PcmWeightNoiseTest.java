package org.driftlab.analog.hwa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.driftlab.analog.Rng;
import org.driftlab.config.ModifierType;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PCM_NOISE modifier on Java arrays against its tensor operations: the same weights, bit for bit. */
class PcmWeightNoiseTest extends WithTensorManager {
    PcmWeightNoiseTest() {
        super(Device.cpu());
    }

    @ParameterizedTest(name = "t_inference {0} s, std_dev {1}, zero threshold {2}, t0 {3}")
    @CsvSource({"31536000, 1.0, 0, 20", "0, 1.0, 0, 20", "3600, 0.7, 2.5, 20", "0, 1.0, 0, 0", "100, 1.3, 1.0, 1"})
    void theArrayPathGivesTheTensorPathsWeights(double tInference, double stdDev, double zeroThreshold, double t0) {
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.pcmTInference = tInference;
        p.stdDev = stdDev;
        p.pcmZeroThres = zeroThreshold;
        p.pcmT0 = t0;
        PcmWeightNoise noise = new PcmWeightNoise(p.build());
        // A small tile, and one larger than the sampler's and the passes' chunks (drawn and computed in parts).
        for (Shape shape : new Shape[] {new Shape(37, 53), new Shape(300, 301)}) {
            // Every magnitude up to and beyond the clip, zeros included.
            float[] values = new Rng(3).normal(manager, new Shape(shape.size())).mul(0.4f).toFloatArray();
            for (int k = 0; k < values.length; k += 17) {
                values[k] = 0f;
            }
            NDArray w = manager.create(values, shape);
            NDArray amax = manager.create(0.9f);
            try (NDManager scope = manager.newSubManager()) {
                float[] tensors = noise.applyOnTensors(w, amax, scope, new Rng(11)).toFloatArray();
                float[] arrays = noise.applyOnArrays(w, amax, scope, new Rng(11)).toFloatArray();
                assertArrayEquals(tensors, arrays, 0f, shape.toString());
                float[] otherSeed = noise.applyOnArrays(w, amax, scope, new Rng(12)).toFloatArray();
                assertFalse(Arrays.equals(arrays, otherSeed));
            }
        }
    }
}
