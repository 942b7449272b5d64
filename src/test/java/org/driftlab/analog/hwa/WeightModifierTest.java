package org.driftlab.analog.hwa;

import static org.driftlab.analog.hwa.TestArrays.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.Rng;
import org.driftlab.config.ModifierType;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class WeightModifierTest extends WithTensorManager {
    /** Relative tolerance on a noise std estimated from ≥ 1e5 samples (its own error is about 0.2 %). */
    private static final double STD_TOL = 0.02;
    private static final int N = 100_000;
    private static final List<Double> PCM_COEFFS_US = List.of(0.26348, 1.9650, -1.1731);

    private NDArray constant(float value, long rows, long cols) {
        return manager.full(new Shape(rows, cols), value);
    }

    private static void assertStd(double expected, float[] values) {
        assertEquals(expected, TestArrays.std(values), STD_TOL * expected);
    }

    @Test
    void identityAndEvalFlags() {
        assertTrue(ModifierParameters.of(ModifierType.NONE).modifier().isIdentity());
        ModifierParameters noneWithDrop = ModifierParameters.of(ModifierType.NONE);
        noneWithDrop.pdrop = 0.5;
        assertTrue(noneWithDrop.modifier().isIdentity());
        assertTrue(ModifierParameters.of(ModifierType.COPY).modifier().isIdentity());
        ModifierParameters copyWithDrop = ModifierParameters.of(ModifierType.COPY);
        copyWithDrop.pdrop = 0.5;
        assertFalse(copyWithDrop.modifier().isIdentity());
        assertFalse(ModifierParameters.of(ModifierType.ADD_NORMAL).modifier().isIdentity());
        ModifierParameters eval = ModifierParameters.of(ModifierType.ADD_NORMAL);
        eval.enableDuringTest = true;
        assertTrue(eval.modifier().activeInEval());
        assertFalse(ModifierParameters.of(ModifierType.ADD_NORMAL).modifier().activeInEval());
    }

    @Test
    void discretizeRoundsToStepsOfResTimesAmaxWithTiesAwayFromZero() {
        NDArray w = manager.create(new float[][] {{.1f, .3f, .625f}, {-.625f, 1f, -.2f}});
        ModifierParameters p = ModifierParameters.of(ModifierType.DISCRETIZE);
        p.res = 0.25;
        NDArray out = p.modifier().apply(w, new Rng(1));
        assertClose(new float[] {0f, .25f, .75f, -.75f, 1f, -.25f}, out, 1e-7);
        assertSame(manager, out.getManager());
        assertClose(new float[] {.1f, .3f, .625f, -.625f, 1f, -.2f}, w, 0.0);

        p.relToActualWmax = false;
        p.assumedWmax = 2.0;
        NDArray coarse = p.modifier().apply(w, new Rng(1));
        assertClose(new float[] {0f, .5f, .5f, -.5f, 1f, 0f}, coarse, 1e-7);
    }

    @Test
    void stochasticDiscretizeIsUnbiased() {
        ModifierParameters p = ModifierParameters.of(ModifierType.DISCRETIZE);
        p.res = 0.25;
        p.stoRound = true;
        p.relToActualWmax = false;
        float[] out = p.modifier().apply(constant(.1f, 1, N), new Rng(2)).toFloatArray();
        long up = 0;
        for (float v : out) {
            assertTrue(v == 0f || v == .25f, "value on the grid: " + v);
            up += v > 0 ? 1 : 0;
        }
        assertEquals(0.4, up / (double) N, 0.01);
    }

    @Test
    void addNormalNoiseStdIsStdDevTimesAmax() {
        ModifierParameters p = ModifierParameters.of(ModifierType.ADD_NORMAL);
        p.stdDev = 0.1;
        NDArray w = constant(.5f, 100, 1000);
        float[] out = p.modifier().apply(w, new Rng(3)).toFloatArray();
        assertStd(0.05, out);
        assertEquals(0.5, TestArrays.mean(out), 0.001);
    }

    @Test
    void multNormalNoiseStdIsWeightTimesStdDevTimesAmax() {
        ModifierParameters p = ModifierParameters.of(ModifierType.MULT_NORMAL);
        p.stdDev = 0.1;
        float[] out = p.modifier().apply(constant(.5f, 100, 1000), new Rng(4)).toFloatArray();
        assertStd(0.5 * 0.1 * 0.5, out);
    }

    @Test
    void polyNoiseStdFollowsThePolynomialOfRelativeWeight() {
        ModifierParameters p = ModifierParameters.of(ModifierType.POLY);
        p.stdDev = 2.0;
        NDArray w = manager.create(new float[] {0f, .5f, -1f}).expandDims(1).repeat(1, N);
        NDArray out = p.modifier().apply(w, new Rng(5));
        double[] a = {0, .5, 1};
        for (int row = 0; row < 3; row++) {
            double poly = 0.0105392 + 0.0768 * a[row] - 0.046925 * a[row] * a[row];
            assertStd(2.0 * poly, out.get(row).toFloatArray());
        }
    }

    @Test
    void progNoiseDividesByGmaxAndPreservesTheSign() {
        ModifierParameters p = ModifierParameters.of(ModifierType.PROG_NOISE);
        p.stdDev = 1.0;
        p.coeffs = PCM_COEFFS_US;
        NDArray w = manager.create(new float[] {.5f, -1f, 0f}).expandDims(1).repeat(1, N);
        NDArray out = p.modifier().apply(w, new Rng(6));
        assertStd((0.26348 + 1.9650 * .5 - 1.1731 * .25) / 25, out.get(0).toFloatArray());
        assertStd((0.26348 + 1.9650 - 1.1731) / 25, out.get(1).toFloatArray());
        assertTrue(out.get(1).max().getFloat() <= 0f, "negative weights stay negative");
        assertTrue(out.get(2).min().getFloat() >= 0f, "zero weights become non-negative");
    }

    @Test
    void dorefaQuantisesTheTanhOfTheWeights() {
        // scale = 0.6 / tanh(1) = 0.787822; tanh(.5)·scale = 0.36407 → 0.4, tanh(-.25)·scale = -0.19295 → -0.2
        NDArray w = manager.create(new float[][] {{.5f, -.25f}, {1f, 0f}});
        ModifierParameters p = ModifierParameters.of(ModifierType.DOREFA);
        p.res = 0.1;
        assertClose(new float[] {.4f, -.2f, .6f, 0f}, p.modifier().apply(w, new Rng(7)), 1e-6);
    }

    @Test
    void dropConnectZeroesAFractionPdrop() {
        ModifierParameters p = ModifierParameters.of(ModifierType.DROP_CONNECT);
        p.pdrop = 0.3;
        float[] out = p.modifier().apply(constant(1f, 100, 1000), new Rng(8)).toFloatArray();
        long zeros = 0;
        for (float v : out) {
            assertTrue(v == 0f || v == 1f);
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(0.3, zeros / (double) out.length, 0.005);
    }

    @Test
    void dropConnectCombinesWithANoiseType() {
        ModifierParameters p = ModifierParameters.of(ModifierType.ADD_NORMAL);
        p.stdDev = 0.1;
        p.pdrop = 0.5;
        float[] out = p.modifier().apply(constant(1f, 100, 1000), new Rng(9)).toFloatArray();
        long zeros = 0;
        for (float v : out) {
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(0.5, zeros / (double) out.length, 0.005);
    }

    @Test
    void copyLastColumnLeavesTheBiasColumnOutOfNoiseAndAmax() {
        NDArray w = constant(.5f, 1000, 101);
        w.set(new NDIndex(":, 100"), 40f);
        w.set(new NDIndex("0, 0"), 1f);
        ModifierParameters p = ModifierParameters.of(ModifierType.ADD_NORMAL);
        p.stdDev = 0.1;
        p.copyLastColumn = true;
        p.pdrop = 0.2;
        NDArray out = p.modifier().apply(w, new Rng(10));
        assertArrayEquals(w.get(":, 100").toFloatArray(), out.get(":, 100").toFloatArray());
        float[] body = out.get(":, 1:100").toFloatArray();
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (float v : body) {
            if (v != 0f) {
                sum += v - .5;
                sumSq += (v - .5) * (v - .5);
                count++;
            }
        }
        double std = Math.sqrt(sumSq / count - (sum / count) * (sum / count));
        assertEquals(0.1, std, STD_TOL * 0.1, "amax is 1, from the body, not 40 from the bias column");
    }

    @Test
    void pcmNoiseWithZeroStdOnlyKeepsSignAndZeros() {
        NDArray w = manager.create(new float[][] {{.3f, -.7f, 0f}, {1f, -.05f, .0001f}});
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        NDArray out = p.modifier().apply(w, new Rng(11));
        assertClose(w.toFloatArray(), out, 1e-6);
        assertEquals(0f, out.getFloat(0, 2), 0.0);
    }

    @Test
    void pcmNoiseAtUnitStdHasTheProgrammingSigmaAtGmax() {
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.stdDev = 1.0;
        p.pcmT0 = 0.0;  // t = 0: no read noise and no drift, the programming noise alone
        NDArray w = manager.create(new float[] {1f, -1f}).expandDims(1).repeat(1, N);
        NDArray out = p.modifier().apply(w, new Rng(12));
        double sigmaAtGmax = (0.26348 + 1.9650 - 1.1731) / 25.0;
        assertStd(sigmaAtGmax, out.get(0).toFloatArray());
        assertStd(sigmaAtGmax, out.get(1).toFloatArray());
        assertTrue(out.get(1).max().getFloat() < 0f);
    }

    @Test
    void pcmNoiseDriftVariationOnlyShrinksMagnitudes() {
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.pcmTInference = 3600.0;
        NDArray w = manager.create(new float[] {1f, -.5f}).expandDims(1).repeat(1, 1000);
        NDArray out = p.modifier().apply(w, new Rng(13));
        assertTrue(out.abs().sub(w.abs()).max().getFloat() <= 1e-6f);
        assertTrue(out.abs().sub(w.abs()).min().getFloat() < -1e-3f);
        p.pcmProbAtReset = 1.0;
        assertEquals(0f, p.modifier().apply(w, new Rng(13)).abs().max().getFloat(), 0.0);
    }

    @Test
    void pcmStuckAtGmaxShiftsByGmaxClipsAndKeepsTheTargetSign() {
        // w = 0.3 of amax 1: g = 7.5 µS; shifted to -17.5 (read back as +0.7, the target sign) or 32.5 (clipped, 1.0)
        NDArray w = constant(.3f, 1, 1000);
        w.set(new NDIndex("0, 0"), 1f);
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.pcmT0 = 0.0;
        p.pcmProbAtGmax = 1.0;
        float[] out = p.modifier().apply(w, new Rng(14)).get(":, 1:").toFloatArray();
        long low = 0;
        for (float v : out) {
            assertTrue(Math.abs(v - .7f) < 1e-6 || Math.abs(v - 1f) < 1e-6, "value " + v);
            low += v < .8f ? 1 : 0;
        }
        assertEquals(0.5, low / (double) out.length, 0.06);
    }

    @Test
    void pcmAtRandomDrawsAUniformLevelWithTheTargetSign() {
        NDArray w = manager.create(new float[] {.3f, -1f}).expandDims(1).repeat(1, 10_000);
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.pcmT0 = 0.0;
        p.pcmProbAtRandom = 1.0;
        NDArray out = p.modifier().apply(w, new Rng(15));
        assertTrue(out.get(0).min().getFloat() >= 0f);
        assertTrue(out.get(1).max().getFloat() <= 0f);
        assertEquals(0.5, TestArrays.mean(out.get(0).toFloatArray()), 0.01);
        assertEquals(-0.5, TestArrays.mean(out.get(1).toFloatArray()), 0.01);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        ModifierParameters p = ModifierParameters.of(ModifierType.PCM_NOISE);
        p.stdDev = 1.0;
        p.pdrop = 0.1;
        NDArray w = manager.randomUniform(-1f, 1f, new Shape(64, 32));
        float[] first = p.modifier().apply(w, new Rng(42)).toFloatArray();
        float[] second = p.modifier().apply(w, new Rng(42)).toFloatArray();
        float[] other = p.modifier().apply(w, new Rng(43)).toFloatArray();
        assertArrayEquals(first, second);
        assertFalse(java.util.Arrays.equals(first, other));
    }
}
