package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.NormalInitializer;
import java.util.Map;
import org.driftlab.analog.Rng;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.Test;

class PostUpdateStepTest {
    @Test
    void clipsTileWeightsInPlaceInLayerUnits() {
        try (NDManager manager = NDManager.newBaseManager()) {
            RpuConfig config = ConfigTree.with(ConfigTree.with(Presets.get(Presets.HPML_2022),
                    "clip.fixed_value", 0.5), "mapping.max_input_size", 8);
            AnalogLinear linear = new AnalogLinear("fc", config, 16, 4, new NormalInitializer(1f));
            linear.initialize(manager, DataType.FLOAT32, new Shape(1, 16));
            linear.buildTiles(manager, new Rng(1));
            NDArray before = linear.weightParameter().getArray().duplicate();
            linear.postUpdateStep();
            NDArray after = linear.weightParameter().getArray();
            assertEquals(2, linear.tileList().size());
            NDArray column = linear.tileList().get(0).mappingScales();
            NDArray tileUnits = after.get(":, 0:8").div(column.transpose());
            assertTrue(tileUnits.abs().max().getFloat() <= 0.5f + 1e-6f);
            assertTrue(before.sub(after).abs().max().getFloat() > 1e-3f, "something was clipped");
            NDArray untouched = after.abs().lte(before.abs().add(1e-6f));
            assertTrue(untouched.all().getBoolean(), "clipping only shrinks");
        }
    }

    @Test
    void remapMovesTheTileMaximumIntoTheMappingScalesAndKeepsTheLayerWeights() {
        try (NDManager manager = NDManager.newBaseManager()) {
            RpuConfig config = ConfigTree.with(ConfigTree.with(Presets.get(Presets.INFERENCE_DEFAULT),
                    "remap.type", "channelwise_symmetric"), "mapping.max_input_size", 8);
            AnalogLinear linear = new AnalogLinear("fc", config, 16, 4, new NormalInitializer(0.1f));
            linear.initialize(manager, DataType.FLOAT32, new Shape(1, 16));
            linear.buildTiles(manager, new Rng(1));
            NDArray before = linear.weightParameter().getArray().duplicate();
            assertTrue(before.abs().max().getFloat() < 0.9f, "the test needs weights below the remapped maximum");
            linear.postUpdateStep();
            assertTrue(before.sub(linear.weightParameter().getArray()).abs().max().getFloat() < 1e-6f);
            for (var tile : linear.tileList()) {
                NDArray rowMax = tile.referenceWeights().abs().max(new int[] {1});
                assertTrue(rowMax.sub(1f).abs().max().getFloat() < 1e-5f, "every row now reaches remapped_wmax = 1");
                assertTrue(tile.mappingScales().sub(1f).abs().min().getFloat() > 0.1f, "the factor went into the scales");
            }
        }
    }

    /** Tiles split both ways, the bias in the tiles (analog), Gaussian clipping and a channelwise remap. */
    private static AnalogLinear splitLayerWithAnalogBias(NDManager manager, String clip) {
        RpuConfig config = Presets.get(Presets.INFERENCE_DEFAULT);
        Map<String, Object> settings = Map.of("mapping.digital_bias", false, "mapping.max_input_size", 8,
                "mapping.max_output_size", 3, "clip.type", clip, "clip.sigma", 1.5,
                "remap.type", "channelwise_symmetric");
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            config = ConfigTree.with(config, setting.getKey(), setting.getValue());
        }
        AnalogLinear linear = new AnalogLinear("fc", config, 16, 5, new NormalInitializer(0.3f));
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, 16));
        linear.biasParameter().getArray().set(new float[] {0.1f, -0.2f, 0.3f, -0.4f, 0.5f});
        linear.buildTiles(manager, new Rng(1));
        return linear;
    }

    @Test
    void onTheHostAndInTheEngineItGivesTheSameFloats() {
        try (NDManager manager = NDManager.newBaseManager()) {
            AnalogLinear host = splitLayerWithAnalogBias(manager, "layer_gaussian");
            AnalogLinear engine = splitLayerWithAnalogBias(manager, "layer_gaussian");
            engine.weightParameter().getArray().set(host.weightParameter().getArray().toFloatArray());
            engine.buildTiles(manager, new Rng(1));
            assertTrue(host.tileList().size() > 2, "split both ways");
            for (int step = 0; step < 2; step++) {
                host.postUpdateStep(true);
                engine.postUpdateStep(false);
            }
            assertArrayEquals(engine.weightParameter().getArray().toFloatArray(),
                    host.weightParameter().getArray().toFloatArray(), 0f);
            assertArrayEquals(engine.biasParameter().getArray().toFloatArray(),
                    host.biasParameter().getArray().toFloatArray(), 0f);
            for (int t = 0; t < host.tileList().size(); t++) {
                var hostTile = host.tileList().get(t);
                var engineTile = engine.tileList().get(t);
                assertArrayEquals(engineTile.referenceWeights().toFloatArray(),
                        hostTile.referenceWeights().toFloatArray(), 0f);
                assertArrayEquals(engineTile.mappingScales().toFloatArray(), hostTile.mappingScales().toFloatArray(),
                        0f);
            }
        }
    }

    @Test
    void aRemapKeepsTheAnalogBiasOfEveryOutputBlock() {
        try (NDManager manager = NDManager.newBaseManager()) {
            AnalogLinear linear = splitLayerWithAnalogBias(manager, "none");
            linear.postUpdateStep();
            assertArrayEquals(new float[] {0.1f, -0.2f, 0.3f, -0.4f, 0.5f},
                    linear.biasParameter().getArray().toFloatArray(), 1e-6f);
        }
    }
}
