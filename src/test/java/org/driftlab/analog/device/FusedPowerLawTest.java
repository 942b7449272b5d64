package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.stream.Stream;
import org.driftlab.analog.Rng;
import org.driftlab.config.CustomDriftPcmLikeNoise;
import org.driftlab.config.HermesNoise;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.config.StateIndependentNoise;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fused CPU path of the power-law models against their chain of tensor operations: the same seed must give the
 * same arrays, up to the last-place rounding of log, exp and pow, at programming and at every drift time.
 */
class FusedPowerLawTest extends WithTensorManager {
    private static final double TOLERANCE = 2e-5;

    FusedPowerLawTest() {
        super(Device.cpu());
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("PCM-like", new PcmLikeNoiseModel(PcmLikeNoise.defaults(), false)),
                Arguments.of("PCM-like, physical drift", new PcmLikeNoiseModel(PcmLikeNoise.defaults(), true)),
                Arguments.of("custom drift", new CustomDriftPcmLikeNoiseModel(CustomDriftPcmLikeNoise.defaults(),
                        false)),
                Arguments.of("state independent", new StateIndependentNoiseModel(StateIndependentNoise.defaults(),
                        false)),
                Arguments.of("Hermes, one device", new HermesNoiseModel(HermesNoise.defaults(1), false)),
                Arguments.of("Hermes, two devices", new HermesNoiseModel(HermesNoise.defaults(2), true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void fusedPathGivesTheTensorPathsArrays(String name, PowerLawNoiseModel model) {
        NDArray weights = testWeights();
        assertNotNull(FusedPowerLaw.forModel(model, weights), "the CPU test data takes the fused path");

        ProgrammedWeights fused = model.program(weights, new Rng(7));
        ProgrammedWeights tensors = model.programWithTensors(weights, new Rng(7));
        assertClose(tensors.target().slices(), fused.target().slices(), name + ", targets");
        assertClose(tensors.target().params().scaleRatio(), fused.target().params().scaleRatio(), name + ", scale");
        assertClose(tensors.programmedSlices(), fused.programmedSlices(), name + ", programmed");
        assertClose(tensors.driftParams(), fused.driftParams(), name + ", drift exponents");
        assertClose(tensors.weights(), fused.weights(), name + ", programmed weights");
        assertClose(tensors.driftStart().devices(), fused.driftStart().devices(), name + ", drift devices");
        assertClose(tensors.driftStart().readNoiseLevels(), fused.driftStart().readNoiseLevels(),
                name + ", read-noise levels");

        for (double t : new double[] {0.0, 3600.0, 365.25 * 86400}) {
            DriftedWeights fusedDrift = model.drift(fused, t, new Rng(9));
            DriftedWeights tensorDrift = model.driftWithTensors(tensors, t, new Rng(9));
            assertClose(tensorDrift.slices(), fusedDrift.slices(), name + ", drifted devices at " + t + " s");
            assertClose(tensorDrift.weights(), fusedDrift.weights(), name + ", drifted weights at " + t + " s");
        }
    }

    /** Weights of all signs and sizes, with exact zeros (both devices of the pair idle) among them. */
    private NDArray testWeights() {
        NDArray w = new Rng(3).normal(manager, new Shape(48, 37)).mul(0.2f);
        return w.mul(w.abs().gt(0.05f));
    }

    private static void assertClose(List<NDArray> expected, List<NDArray> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int k = 0; k < expected.size(); k++) {
            assertClose(expected.get(k), actual.get(k), what + " [" + k + "]");
        }
    }

    /**
     * Elementwise within TOLERANCE of each expected value, plus 1e-6 of the array's largest for values near zero (a
     * scalar expected array broadcasts).
     */
    private static void assertClose(NDArray expected, NDArray actual, String what) {
        float[] e = expected.toFloatArray();
        float[] a = actual.toFloatArray();
        double scale = 0;
        for (float v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < a.length; i++) {
            float want = e.length == 1 ? e[0] : e[i];
            assertEquals(want, a[i], TOLERANCE * Math.abs(want) + 1e-6 * scale, what + " at " + i);
        }
    }
}
