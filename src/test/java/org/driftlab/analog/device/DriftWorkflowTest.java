package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.driftlab.analog.Rng;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.config.RpuConfig;
import org.driftlab.config.SimulationParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Program and drift of whole matrices: aihwkit's re-conversion, the physical option, seeding and memory. */
class DriftWorkflowTest {
    private static final double HOUR = 3600;
    private NDManager manager;
    private NDArray weights;

    @BeforeEach
    void setUp() {
        manager = NDManager.newBaseManager();
        weights = new Rng(11).normal(manager, new Shape(64, 48));
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    private static PcmLikeNoiseModel pcmWithoutReadNoise(boolean physical) {
        PcmLikeNoise d = PcmLikeNoise.defaults();
        return new PcmLikeNoiseModel(new PcmLikeNoise(d.gMax(), d.progCoeff(), null, d.tRead(), d.t0(),
                d.progNoiseScale(), 0.0, d.driftScale(), d.gConverter()), physical);
    }

    @Test
    void driftReconvertsTheProgrammedWeightsIntoAFreshPair() {
        PcmLikeNoiseModel model = pcmWithoutReadNoise(false);
        ProgrammedWeights programmed = model.program(weights, new Rng(1));
        assertNotEquals(25f, programmed.programmedSlices().get(0).max().getFloat(), 1e-3f);
        DriftedWeights drifted = model.drift(programmed, 0.0, new Rng(2));
        float maxG = Math.max(drifted.slices().get(0).max().getFloat(), drifted.slices().get(1).max().getFloat());
        assertEquals(25f, maxG, 1e-4f);
        // one device of every fresh pair sits at g_min = 0
        assertEquals(0f, drifted.slices().get(0).mul(drifted.slices().get(1)).abs().max().getFloat(), 0f);
        // no drift, no read noise: the weights come back as programmed
        assertTrue(drifted.weights().sub(programmed.weights()).abs().max().getFloat() < 1e-5);
    }

    @Test
    void physicalOptionDriftsBothProgrammedDevices() {
        PcmLikeNoiseModel model = pcmWithoutReadNoise(true);
        NDArray zeros = manager.zeros(new Shape(32, 32));
        zeros.set(new NDIndex("0, 0"), 1f); // max|W| = 1, the rest targets 0 on both devices
        ProgrammedWeights programmed = model.program(zeros, new Rng(3));
        NDArray plus = programmed.programmedSlices().get(0);
        NDArray minus = programmed.programmedSlices().get(1);
        assertTrue(plus.gt(0f).logicalAnd(minus.gt(0f)).sum().getLong() > 100, "both devices programmed");
        DriftedWeights drifted = model.drift(programmed, HOUR, new Rng(4));
        double lnRatio = Math.log((HOUR + 20.0) / 20.0);
        NDArray expectedPlus = plus.mul(programmed.driftParams().get(0).mul((float) -lnRatio).exp());
        NDArray expectedMinus = minus.mul(programmed.driftParams().get(1).mul((float) -lnRatio).exp());
        NDArray expected = expectedPlus.sub(expectedMinus).div(programmed.target().params().scaleRatio());
        assertTrue(drifted.weights().sub(expected).abs().max().getFloat() < 1e-6);
        assertArrayEquals(expectedMinus.toFloatArray(), drifted.slices().get(1).toFloatArray(), 1e-5f);
    }

    @Test
    void physicalOptionTakesReadNoiseFromTheTarget() {
        PcmLikeNoise d = PcmLikeNoise.defaults();
        // a large programming error spreads g_prog, so Q_s(g_prog) would vary while Q_s(g_T = 25) is one number
        PcmLikeNoiseModel model = new PcmLikeNoiseModel(new PcmLikeNoise(d.gMax(), d.progCoeff(), null, d.tRead(),
                d.t0(), 8.0, 1.0, 1.0, d.gConverter()), true);
        NDArray ones = manager.ones(new Shape(256, 256));
        ProgrammedWeights programmed = model.program(ones, new Rng(5));
        DriftedWeights drifted = model.drift(programmed, 0.0, new Rng(6));
        NDArray device = programmed.programmedSlices().get(0);
        NDArray keep = device.gt(1f);
        NDArray relative = drifted.slices().get(0).div(device.maximum(1f)).sub(1f).booleanMask(keep);
        double expected = 0.0088 * 4.1838;
        assertEquals(expected, DeviceProbe.Moments.of(relative).std(), 0.03 * expected);
    }

    @Test
    void sameSeedSameArraysDifferentSeedDifferent() {
        NoiseModel model = NoiseModels.create(RpuConfig.defaults());
        float[] first = model.drift(model.program(weights, new Rng(42)), HOUR, new Rng(43)).weights().toFloatArray();
        float[] again = model.drift(model.program(weights, new Rng(42)), HOUR, new Rng(43)).weights().toFloatArray();
        float[] other = model.drift(model.program(weights, new Rng(44)), HOUR, new Rng(43)).weights().toFloatArray();
        assertArrayEquals(first, again, 0f);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void everythingReturnedBelongsToTheInputManagerAndIntermediatesAreFreed() {
        for (boolean physical : new boolean[] {false, true}) {
            NoiseModel model = NoiseModels.create(RpuConfig.defaults()
                    .withSimulation(new SimulationParameter(physical)));
            int before = BaseCount.of(manager).count();
            ProgrammedWeights programmed = model.program(weights, new Rng(7));
            // 2 target slices, 1 scale ratio, 2 programmed slices, 2 drift parameter arrays, the weights, and what
            // drift starts from: 2 read-noise levels, and (aihwkit's way) the re-converted 2 slices and scale ratio
            int programmedCount = 8 + 2 + (physical ? 0 : 3);
            assertEquals(before + programmedCount, BaseCount.of(manager).count());
            DriftedWeights drifted = model.drift(programmed, HOUR, new Rng(8));
            assertEquals(before + programmedCount + 3, BaseCount.of(manager).count());
            assertEquals(manager, drifted.weights().getManager());
            assertEquals(manager, programmed.weights().getManager());
            assertEquals(manager, programmed.target().params().scaleRatio().getManager());
            assertEquals(manager, weights.getManager());
        }
    }
}
