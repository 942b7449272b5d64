package org.driftlab.analog;

import static org.driftlab.testing.RecordCopy.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.DriftCompensationParameter;
import org.driftlab.config.DriftCompensationType;
import org.driftlab.config.IoParameters;
import org.driftlab.config.ModifierType;
import org.driftlab.config.PrePostParameter;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TileArrayTest extends WithTensorManager {
    private static RpuConfig perfect(int maxIn, int maxOut) {
        RpuConfig defaults = RpuConfig.defaults();
        return defaults.withForward(with(IoParameters.defaults(), "isPerfect", true))
                .withMapping(with(defaults.mapping(), "maxInputSize", maxIn, "maxOutputSize", maxOut));
    }

    @Test
    void splitsAsEvenlyAsAihwkit() {
        assertArrayEquals(new int[] {500, 500}, TileArray.splitSizes(1000, 512));
        assertArrayEquals(new int[] {257, 256}, TileArray.splitSizes(513, 512));
        assertArrayEquals(new int[] {4, 3, 3}, TileArray.splitSizes(10, 4));
        assertArrayEquals(new int[] {512}, TileArray.splitSizes(512, 512));
        assertArrayEquals(new int[] {5000}, TileArray.splitSizes(5000, 0));
    }

    @Test
    void splitLayerWithDigitalBiasComputesTheExactProductWhenIoIsPerfect() {
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(7, 10));
        NDArray b = new Rng(2).uniform(manager, -1, 1, new Shape(7));
        NDArray x = new Rng(3).uniform(manager, -1, 1, new Shape(5, 10));
        try (TileArray array = new TileArray(perfect(4, 3), w, b, manager, new Rng(4))) {
            assertEquals(9, array.tiles().size());
            NDArray expected = x.matMul(w.transpose()).add(b);
            assertArrayEquals(expected.toFloatArray(), array.forward(x, new Rng(5), false).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void analogBiasIsAnExtraColumnOfTheTile() {
        RpuConfig config = perfect(512, 512);
        config = config.withMapping(with(config.mapping(), "digitalBias", false));
        NDArray w = manager.create(new float[][] {{1, 2}, {3, 4}});
        NDArray b = manager.create(new float[] {0.5f, -0.5f});
        try (TileArray array = new TileArray(config, w, b, manager, new Rng(4))) {
            assertEquals(new Shape(2, 3), array.tiles().get(0).referenceWeights().getShape());
            NDArray y = array.forward(manager.create(new float[][] {{1, 1}}), new Rng(5), false);
            assertArrayEquals(new float[] {3.5f, 6.5f}, y.toFloatArray(), 1e-6f);
        }
    }

    @ParameterizedTest(name = "columnwise weight scaling {0}")
    @ValueSource(booleans = {false, true})
    void analogBiasInTilesSplitBothWaysComputesTheExactProductWhenIoIsPerfect(boolean scaled) {
        RpuConfig config = perfect(4, 3);
        config = config.withMapping(with(config.mapping(), "digitalBias", false, "weightScalingOmega",
                scaled ? 1.0 : 0.0, "weightScalingColumnwise", scaled));
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(7, 10));
        NDArray b = new Rng(2).uniform(manager, -1, 1, new Shape(7));
        NDArray x = new Rng(3).uniform(manager, -1, 1, new Shape(5, 10));
        try (TileArray array = new TileArray(config, w, b, manager, new Rng(4))) {
            NDArray expected = x.matMul(w.transpose()).add(b);
            assertArrayEquals(expected.toFloatArray(), array.forward(x, new Rng(5), false).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void weightScalingKeepsLayerUnits() {
        RpuConfig config = perfect(512, 512);
        config = config.withMapping(with(config.mapping(), "weightScalingOmega", 1.0, "weightScalingColumnwise", true));
        NDArray w = manager.create(new float[][] {{4, -2}, {0.5f, 0.25f}});
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            AnalogTile tile = array.tiles().get(0);
            assertArrayEquals(new float[] {1, -0.5f, 1, 0.5f}, tile.referenceWeights().toFloatArray(), 1e-6f);
            NDArray y = array.forward(manager.create(new float[][] {{1, 2}}), new Rng(5), false);
            assertArrayEquals(new float[] {0, 1}, y.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void driftCompensationFollowsTheSpecsExpectedSizeForUniformWeights() {
        // Spec section 5: uniform weights, default PCM, noise-free IO: alpha about 1.01 at t=0, 1.30 at 1 h,
        // 1.52 at 1 d and 2.02 at 1 y.
        RpuConfig config = perfect(512, 512);
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(256, 256));
        double[] times = {0, 3600, 86400, 365 * 86400.0};
        double[] expected = {1.01, 1.30, 1.52, 2.02};
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            Rng rng = new Rng(9);
            array.program(rng);
            for (int k = 0; k < times.length; k++) {
                array.drift(times[k], rng);
                float alpha = array.tiles().get(0).alpha().getFloat();
                assertEquals(expected[k], alpha, expected[k] * 0.02, "alpha at t=" + times[k]);
            }
        }
    }

    @Test
    void driftTimesAreIndependentAndProgrammingIsKept() {
        RpuConfig config = RpuConfig.defaults();
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(16, 16));
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            array.program(new Rng(7));
            AnalogTile tile = array.tiles().get(0);
            float[] programmed = tile.programmed().weights().toFloatArray();
            array.drift(86400, new Rng(8));
            float[] atDay = tile.currentWeights().toFloatArray();
            array.drift(3600, new Rng(9));
            array.drift(86400, new Rng(8));
            assertArrayEquals(atDay, tile.currentWeights().toFloatArray(), 1e-6f);
            assertArrayEquals(programmed, tile.programmed().weights().toFloatArray());
        }
    }

    @Test
    void sameSeedSameProgrammingDifferentSeedDifferent() {
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(8, 8));
        try (TileArray a = new TileArray(RpuConfig.defaults(), w, null, manager, new Rng(4));
             TileArray b = new TileArray(RpuConfig.defaults(), w, null, manager, new Rng(4))) {
            a.program(new Rng(11));
            b.program(new Rng(11));
            float[] first = a.tiles().get(0).currentWeights().toFloatArray();
            assertArrayEquals(first, b.tiles().get(0).currentWeights().toFloatArray());
            b.program(new Rng(12));
            assertNotEquals(first[0], b.tiles().get(0).currentWeights().toFloatArray()[0]);
        }
    }

    @Test
    void perColumnCompensationHasOneFactorPerOutput() {
        RpuConfig config = perfect(512, 512).withDriftCompensation(DriftCompensationType.PER_COLUMN);
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(6, 32));
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            array.drift(3600, new Rng(3));
            assertEquals(new Shape(6), array.tiles().get(0).alpha().getShape());
        }
    }

    @Test
    void exactReferenceCompensationUsesTheTargetWeights() {
        RpuConfig config = perfect(512, 512).withDriftCompensation(DriftCompensationType.GLOBAL_EXACT_REFERENCE);
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(64, 64));
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            Rng rng = new Rng(3);
            array.drift(86400, rng);
            AnalogTile tile = array.tiles().get(0);
            double expected = tile.referenceWeights().abs().mean().getFloat()
                    / tile.currentWeights().abs().mean().getFloat();
            assertEquals(expected, tile.alpha().getFloat(), 1e-4);
        }
    }

    @Test
    void trainingReadsTheTargetWeightsWithoutCompensation() {
        RpuConfig config = perfect(512, 512);
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(4, 4));
        NDArray x = new Rng(2).uniform(manager, -1, 1, new Shape(3, 4));
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            array.drift(365 * 86400.0, new Rng(3));
            AnalogTile tile = array.tiles().get(0);
            assertArrayEquals(x.matMul(w.transpose()).toFloatArray(),
                    array.forward(x, new Rng(5), true).toFloatArray(), 1e-5f);
            NDArray drifted = x.matMul(tile.currentWeights().transpose()).mul(tile.alpha());
            assertArrayEquals(drifted.toFloatArray(), array.forward(x, new Rng(5), false).toFloatArray(), 1e-5f);
        }
    }

    @Test
    void weightModifierActsInTrainingOnly() {
        // aihwkit's test: modifier types change the training output but leave the eval output unmodified.
        RpuConfig config = perfect(512, 512);
        config = new RpuConfig(config.forward(), config.noiseModel(), config.driftCompensation(), config.clip(),
                with(config.modifier(), "type", ModifierType.ADD_NORMAL, "stdDev", 0.1), config.remap(),
                config.mapping(), config.prePost(), config.simulation());
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(4, 8));
        NDArray x = new Rng(2).uniform(manager, -1, 1, new Shape(3, 8));
        float[] exact = x.matMul(w.transpose()).toFloatArray();
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            assertArrayEquals(exact, array.forward(x, new Rng(5), false).toFloatArray(), 1e-5f);
            float[] trained = array.forward(x, new Rng(5), true).toFloatArray();
            assertNotEquals(exact[0], trained[0], 1e-4f);
        }
    }

    @ParameterizedTest
    @EnumSource(DriftCompensationType.class)
    void deviceModelModifierTrainsOnWhatEvaluationReadsAtItsTime(DriftCompensationType compensation) {
        // Training through device_model programmes, compensates and drifts with the draws, in the order, that
        // evaluation's program, drift and forward take from one stream: the outputs agree bit for bit.
        RpuConfig defaults = RpuConfig.defaults();
        RpuConfig config = new RpuConfig(defaults.forward(), defaults.noiseModel(),
                new DriftCompensationParameter(compensation),
                defaults.clip(), with(defaults.modifier(), "type", ModifierType.DEVICE_MODEL, "pcmTInference", 86400.0),
                defaults.remap(), defaults.mapping(), defaults.prePost(), defaults.simulation());
        NDArray w = new Rng(1).uniform(manager, -0.5f, 0.5f, new Shape(6, 12));
        NDArray x = new Rng(2).uniform(manager, -1, 1, new Shape(5, 12));
        try (TileArray training = new TileArray(config, w, null, manager, new Rng(4));
             TileArray evaluation = new TileArray(config, w, null, manager, new Rng(4))) {
            float[] trained = training.tiles().get(0).forward(x, new Rng(7), true).toFloatArray();
            AnalogTile tile = evaluation.tiles().get(0);
            Rng stream = new Rng(7);
            tile.program(stream);
            tile.drift(86400.0, stream);
            assertArrayEquals(tile.forward(x, stream, false).toFloatArray(), trained, 0f);
            assertNotEquals(x.matMul(w.transpose()).getFloat(0, 0), trained[0], 1e-3f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"inference_default", "reram_wan2022"})
    void trainingThroughTheDeviceModelAndDriftingKeepNoArraysBehind(String preset) {
        // A compensation readout, or reram_wan2022's one-hot outputs (general path), once outlived every step.
        RpuConfig p = Presets.get(preset);
        RpuConfig config = new RpuConfig(p.forward(), p.noiseModel(), p.driftCompensation(), p.clip(),
                with(p.modifier(), "type", ModifierType.DEVICE_MODEL, "pcmTInference", 86400.0), p.remap(),
                p.mapping(), p.prePost(), p.simulation());
        NDArray w = new Rng(1).uniform(manager, -0.5f, 0.5f, new Shape(6, 12));
        NDArray x = new Rng(2).uniform(manager, -1, 1, new Shape(5, 12));
        try (NDManager tiles = manager.newSubManager();
             TileArray array = new TileArray(config, w, null, tiles, new Rng(4))) {
            Rng rng = new Rng(7);
            array.forward(x, rng, true).close();
            array.drift(1, rng);
            int kept = tiles.getManagedArrays().size();
            for (int step = 0; step < 3; step++) {
                array.forward(x, rng, true).close();
                array.drift(86400, rng);
            }
            assertEquals(kept, tiles.getManagedArrays().size());
        }
    }

    @Test
    void inputRangeClipsInputsAndScalesBack() {
        RpuConfig config = perfect(512, 512);
        config = new RpuConfig(config.forward(), config.noiseModel(), config.driftCompensation(), config.clip(),
                config.modifier(), config.remap(), config.mapping(),
                new PrePostParameter(with(config.prePost().inputRange(), "enable", true, "initValue", 2.0)),
                config.simulation());
        NDArray w = manager.create(new float[][] {{1, 1}});
        try (TileArray array = new TileArray(config, w, null, manager, new Rng(4))) {
            NDArray y = array.forward(manager.create(new float[][] {{5, -1}}), new Rng(5), false);
            assertArrayEquals(new float[] {1}, y.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void setWeightsKeepsTheMappingScalesAndUpdatesEveryTile() {
        RpuConfig config = perfect(3, 2);
        config = config.withMapping(with(config.mapping(), "weightScalingOmega", 1.0));
        NDArray w = new Rng(1).uniform(manager, -1, 1, new Shape(5, 7));
        NDArray w2 = w.mul(0.5f);
        NDArray b = manager.create(new float[] {1, 2, 3, 4, 5});
        NDArray x = new Rng(3).uniform(manager, -1, 1, new Shape(4, 7));
        try (TileArray array = new TileArray(config, w, b, manager, new Rng(4))) {
            float[] scales = array.tiles().get(0).mappingScales().toFloatArray();
            array.setWeights(w2, b.mul(2f));
            assertArrayEquals(scales, array.tiles().get(0).mappingScales().toFloatArray());
            NDArray expected = x.matMul(w2.transpose()).add(b.mul(2f));
            assertArrayEquals(expected.toFloatArray(), array.forward(x, new Rng(5), false).toFloatArray(), 1e-5f);
        }
    }
}
