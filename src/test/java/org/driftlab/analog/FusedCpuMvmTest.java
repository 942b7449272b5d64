package org.driftlab.analog;

import static org.driftlab.testing.RecordCopy.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.stream.Stream;
import org.driftlab.config.BoundManagement;
import org.driftlab.config.IoParameters;
import org.driftlab.config.MvType;
import org.driftlab.config.NoiseManagement;
import org.driftlab.config.WeightNoiseType;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The fused CPU path against the general one: bit for bit without output noise, in distribution with it. */
class FusedCpuMvmTest extends WithTensorManager {
    /** The size of the tiles and batches of the noise-size tests. */
    private static final int NOISE_IN = 16;
    private static final int NOISE_OUT = 40;
    private static final int NOISE_ROWS = 3000;

    FusedCpuMvmTest() {
        super(Device.cpu());
    }

    private static IoParameters quiet() {
        return with(IoParameters.defaults(), "outNoise", 0.0);
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double std(float[] values, double mean) {
        double squares = 0;
        for (float value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    static Stream<Arguments> noiselessCases() {
        return Stream.of(
                Arguments.of("aihwkit defaults without output noise", quiet(), 0.3f),
                Arguments.of("weights large enough for bound management", quiet(), 3f),
                Arguments.of("no bound management", with(quiet(), "boundManagement", BoundManagement.NONE), 3f),
                Arguments.of("no noise management", with(quiet(), "noiseManagement", NoiseManagement.NONE), 0.3f),
                Arguments.of("constant noise management",
                        with(quiet(), "noiseManagement", NoiseManagement.CONSTANT, "nmThres", 2.0), 0.3f),
                Arguments.of("abs-max with a threshold, so the DAC clips",
                        with(quiet(), "nmThres", 0.5), 0.3f),
                Arguments.of("bound test on the positive side only", with(quiet(), "bmTestNegativeBound", false), 3f),
                Arguments.of("output scale", with(quiet(), "outScale", 2.5), 0.3f));
    }

    /**
     * The drift-compensation readout's shortcut: the one-hot input vectors without the identity matrix give what the
     * forward of the identity gives, bit for bit, output noise and bound management included.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("noiselessCases")
    void oneHotForwardEqualsTheForwardOfTheIdentityBitForBit(String name, IoParameters io, float weightStd) {
        int in = 37;
        int out = 23;
        Rng rng = new Rng(5);
        AnalogMvm mvm = new AnalogMvm(with(io, "outNoise", 0.06), in, out, manager, rng);
        NDArray weights = rng.normal(manager, new Shape(out, in)).mul(weightStd);
        float[] viaIdentity = mvm.forward(weights, manager.eye(in), new Rng(1), false).toFloatArray();
        float[] oneHot = mvm.forwardOneHot(weights, manager, new Rng(1)).toFloatArray();
        assertArrayEquals(viaIdentity, oneHot, 0f, name);
    }

    /**
     * Weights on a grid of 1/64 keep every product of DAC outputs (integers) exact, so the matrix product does not
     * depend on how the engine orders its sums. The general path runs one input vector at a time: on longer tensors
     * the engine's vectorised pow(-1) may round the DAC scale one ulp away from 1/x, which moves an input across a
     * rounding boundary now and then (seen in this very test); the fused path divides exactly.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("noiselessCases")
    void withoutOutputNoiseTheFusedPathEqualsTheGeneralOneBitForBit(String name, IoParameters io, float weightStd) {
        int in = 37;
        int out = 23;
        Rng rng = new Rng(5);
        AnalogMvm mvm = new AnalogMvm(io, in, out, manager, rng);
        assertTrue(mvm.fusesOnCpu(), name);
        NDArray weights = rng.normal(manager, new Shape(out, in)).mul(weightStd * 64).round().div(64f);
        NDArray inputs = rng.normal(manager, new Shape(300, in)).mul(2f);
        inputs.set(new NDIndex("7, :"), 0f);
        float[] fused = mvm.forward(weights, inputs, new Rng(1), false).toFloatArray();
        for (int r = 0; r < 300; r++) {
            NDArray row = inputs.get(new NDIndex("{}:{}, :", r, r + 1));
            float[] general = mvm.forwardGeneral(weights, row, new Rng(1), false).toFloatArray();
            assertArrayEquals(general, Arrays.copyOfRange(fused, r * out, (r + 1) * out), 0f,
                    name + ", row " + r);
        }
        for (int j = 0; j < out; j++) {
            assertEquals(0f, fused[7 * out + j], name + ": a row of zeros gives zeros");
        }
    }

    @Test
    void withoutConvertersTheFusedPathEqualsTheGeneralOneUpToRounding() {
        IoParameters io = with(quiet(), "inpRes", -1.0, "outRes", -1.0);
        AnalogMvm mvm = new AnalogMvm(io, 37, 23, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(23, 37)).mul(0.3f);
        NDArray inputs = new Rng(3).normal(manager, new Shape(300, 37));
        assertArrayEquals(mvm.forwardGeneral(weights, inputs, new Rng(1), false).toFloatArray(),
                mvm.forward(weights, inputs, new Rng(1), false).toFloatArray(), 1e-5f);
    }

    @Test
    void columnScalesMultiplyAndOffsetsAddToEachOutput() {
        AnalogMvm mvm = new AnalogMvm(quiet(), 8, 3, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(3, 8)).mul(0.3f);
        NDArray inputs = new Rng(3).normal(manager, new Shape(50, 8));
        float[] scaleValues = {2f, -0.5f, 4f};
        float[] offsetValues = {0.25f, 0f, -3f};
        NDArray scales = manager.create(scaleValues).reshape(1, 3);
        NDArray offsets = manager.create(offsetValues).reshape(1, 3);
        NDArray expected = mvm.forwardGeneral(weights, inputs, new Rng(1), false).mul(scales).add(offsets);
        assertArrayEquals(expected.toFloatArray(), mvm.forward(weights, inputs, new Rng(1), false, scaleValues, offsetValues)
                .toFloatArray(), 1e-6f);
    }

    @Test
    void outputNoiseHasTheConfiguredStandardDeviationInEveryChunk() {
        // No converters and no bound: the output is the exact product plus out_noise · N(0, 1) in units of the
        // noise-management scale, which the test undoes.
        IoParameters io = with(IoParameters.defaults(), "inpRes", -1.0, "outRes", -1.0, "outBound", -1.0,
                "outNoise", 0.06);
        int in = 16;
        int out = 40;
        int rows = 5000;
        AnalogMvm mvm = new AnalogMvm(io, in, out, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(out, in)).mul(0.2f);
        NDArray inputs = new Rng(3).normal(manager, new Shape(rows, in));
        NDArray scale = inputs.abs().max(new int[] {1}, true);
        NDArray exact = inputs.matMul(weights.transpose());
        float[] noise = mvm.forward(weights, inputs, new Rng(4), false).sub(exact).div(scale).toFloatArray();
        double mean = mean(noise);
        double std = std(noise, mean);
        assertEquals(0, mean, 4 * 0.06 / Math.sqrt(noise.length));
        assertEquals(0.06, std, 0.06 * 0.01);
        // The last rows belong to another chunk (and stream) than the first: both carry noise of the same size.
        double tail = 0;
        for (int k = noise.length - 200 * out; k < noise.length; k++) {
            tail += noise[k] * noise[k];
        }
        assertEquals(0.06, Math.sqrt(tail / (200 * out)), 0.06 * 0.1);
    }

    @Test
    void theSameSeedGivesTheSameNoiseAndAnotherSeedOther() {
        AnalogMvm mvm = new AnalogMvm(IoParameters.defaults(), 30, 20, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(20, 30)).mul(0.3f);
        NDArray inputs = new Rng(3).normal(manager, new Shape(2000, 30));
        float[] first = mvm.forward(weights, inputs, new Rng(9), false).toFloatArray();
        float[] again = mvm.forward(weights, inputs, new Rng(9), false).toFloatArray();
        float[] other = mvm.forward(weights, inputs, new Rng(10), false).toFloatArray();
        assertArrayEquals(first, again, 0f);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void anEmptyBatchGivesAnEmptyOutput() {
        AnalogMvm mvm = new AnalogMvm(IoParameters.defaults(), 6, 4, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(4, 6));
        NDArray y = mvm.forward(weights, manager.zeros(new Shape(0, 6)), new Rng(3), false);
        assertEquals(new Shape(0, 4), y.getShape());
    }

    @Test
    void configurationsOutsideItsScopeTakeTheGeneralPath() {
        assertFalse(new AnalogMvm(with(IoParameters.defaults(), "mvType", MvType.POS_NEG_SEPARATE), 4, 4, manager,
                new Rng(1)).fusesOnCpu());
        assertFalse(new AnalogMvm(with(IoParameters.defaults(), "noiseManagement", NoiseManagement.ABS_MAX_NP_SUM),
                4, 4, manager, new Rng(1)).fusesOnCpu());
        assertFalse(new AnalogMvm(with(IoParameters.defaults(), "inpAsymmetry", 0.1), 4, 4, manager, new Rng(1))
                .fusesOnCpu());
        assertTrue(new AnalogMvm(with(IoParameters.defaults(), "irDrop", 1.0, "wNoiseType", WeightNoiseType.PCM_READ,
                "wNoise", 0.02, "inpNoise", 0.01), 4, 4, manager, new Rng(1)).fusesOnCpu());
    }

    /**
     * Input noise after the DAC: without converters, bound, output noise and noise management, output j carries
     * inp_noise · ‖W_j‖₂ · N(0, 1). Both paths give noise of that size, and a row of zeros is not silenced.
     */
    @Test
    void inputNoiseHasTheConfiguredSizeOnBothPaths() {
        AnalogMvm mvm = bareTile("inpNoise", 0.05);
        NDArray weights = noiseTestWeights();
        NDArray inputs = noiseTestInputs();
        NDArray columnNorms = weights.square().sum(new int[] {1}).sqrt().reshape(1, NOISE_OUT);
        // Each input vector's noise reaches all outputs of the row, so a row gives one independent sample.
        assertNoiseOnBothPaths(mvm, weights, inputs, columnNorms, 0.05, NOISE_ROWS, "input noise");
        AnalogMvm managed = new AnalogMvm(with(quiet(), "inpNoise", 0.5), NOISE_IN, NOISE_OUT, manager, new Rng(1));
        NDArray zeros = manager.zeros(new Shape(1, NOISE_IN));
        assertTrue(managed.forward(weights, zeros, new Rng(5), false).abs().sum().getFloat() > 0);
        assertTrue(managed.forwardGeneral(weights, zeros, new Rng(5), false).abs().sum().getFloat() > 0);
    }

    /**
     * A fused tile without converters, bound, output noise and noise management, plus the given changes: what a noise
     * source adds shows alone.
     */
    private AnalogMvm bareTile(Object... changes) {
        IoParameters bare = with(IoParameters.defaults(), "inpRes", -1.0, "outRes", -1.0, "outBound", -1.0,
                "outNoise", 0.0, "noiseManagement", NoiseManagement.NONE);
        AnalogMvm mvm = new AnalogMvm(with(bare, changes), NOISE_IN, NOISE_OUT, manager, new Rng(1));
        assertTrue(mvm.fusesOnCpu());
        return mvm;
    }

    private NDArray noiseTestWeights() {
        return new Rng(2).normal(manager, new Shape(NOISE_OUT, NOISE_IN)).mul(0.2f);
    }

    private NDArray noiseTestInputs() {
        return new Rng(3).uniform(manager, -1, 1, new Shape(NOISE_ROWS, NOISE_IN));
    }

    /**
     * Both paths' outputs less the exact product, divided by {@code level}: mean 0 within four standard errors of
     * {@code independentSamples} samples, and standard deviation {@code std} within 2 %.
     */
    private void assertNoiseOnBothPaths(AnalogMvm mvm, NDArray weights, NDArray inputs, NDArray level, double std,
                                        int independentSamples, String name) {
        NDArray exact = inputs.matMul(weights.transpose());
        for (boolean fusedPath : new boolean[] {true, false}) {
            NDArray y = fusedPath ? mvm.forward(weights, inputs, new Rng(4), false)
                    : mvm.forwardGeneral(weights, inputs, new Rng(4), false);
            float[] noise = y.sub(exact).div(level).toFloatArray();
            double mean = mean(noise);
            String where = name + (fusedPath ? ", fused" : ", general");
            assertEquals(0, mean, 4 * std / Math.sqrt(independentSamples), where);
            assertEquals(std, std(noise, mean), std * 0.02, where);
        }
    }

    /** IR drop (spec 7.2) as the general path computes it: the same tensor operations, on the whole batch. */
    @Test
    void irDropIsTheGeneralPathsUpToRounding() {
        IoParameters io = with(quiet(), "inpRes", -1.0, "outRes", -1.0, "irDrop", 1.0, "irDropGRatio", 2000.0);
        AnalogMvm mvm = new AnalogMvm(io, 37, 23, manager, new Rng(1));
        NDArray weights = new Rng(2).normal(manager, new Shape(23, 37)).mul(0.3f);
        NDArray inputs = new Rng(3).normal(manager, new Shape(300, 37));
        float[] general = mvm.forwardGeneral(weights, inputs, new Rng(1), false).toFloatArray();
        float[] fused = mvm.forward(weights, inputs, new Rng(1), false).toFloatArray();
        float[] withoutDrop = new AnalogMvm(with(io, "irDrop", 0.0), 37, 23, manager, new Rng(1))
                .forward(weights, inputs, new Rng(1), false).toFloatArray();
        assertArrayEquals(general, fused, 1e-5f);
        assertFalse(Arrays.equals(withoutDrop, fused), "the drop changes the outputs");
    }

    /**
     * Output-referred weight noise: without converters, bound and output noise, and without noise management, the
     * output is the exact product plus w_noise · level · N(0, 1), level = ‖x‖₂ (additive) or sqrt(x² · |W|ᵀ) (PCM
     * read). Both paths give noise of that size.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = WeightNoiseType.class, names = {"ADDITIVE_CONSTANT", "PCM_READ"})
    void weightNoiseHasTheConfiguredSizeOnBothPaths(WeightNoiseType type) {
        AnalogMvm mvm = bareTile("wNoiseType", type, "wNoise", 0.05);
        NDArray weights = noiseTestWeights();
        NDArray inputs = noiseTestInputs();
        NDArray level = type == WeightNoiseType.ADDITIVE_CONSTANT
                ? inputs.square().sum(new int[] {1}, true).sqrt()
                : inputs.square().matMul(weights.abs().transpose()).sqrt();
        assertNoiseOnBothPaths(mvm, weights, inputs, level, 0.05, NOISE_ROWS * NOISE_OUT, type.toString());
    }
}
