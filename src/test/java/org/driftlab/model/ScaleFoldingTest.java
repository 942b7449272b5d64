package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftlab.analog.Rng;
import org.driftlab.config.Presets;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleFoldingTest extends WithTensorManager {
    private static final TrainingRecord RECORD = new TrainingRecord("fashion-mnist", "test", 0, List.of(), "accuracy",
            Double.NaN);
    @TempDir
    Path dir;

    /**
     * On the CPU: a GPU's convolutions run in TF32 (PyTorch's default for cuDNN), about 1e-3 relative, which the
     * exact algebra of folding should not have to allow for.
     */
    ScaleFoldingTest() {
        super(Device.cpu());
    }

    private Network initialized(ModelSpec spec, long seed) {
        Network network = SqueezeNet.create(spec);
        network.initialize(manager, new Rng(seed));
        return network;
    }

    private float[] logits(Network network, NDArray x) {
        return network.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow()
                .toFloatArray();
    }

    private static void assertClose(float[] expected, float[] actual) {
        float scale = 0f;
        for (float value : expected) {
            scale = Math.max(scale, Math.abs(value));
        }
        assertTrue(scale > 0, "the test input must give non-zero logits");
        assertArrayEquals(expected, actual, 1e-4f * scale);
    }

    @Test
    void foldingKeepsTheLogitsAndBringsEveryRowToOne() {
        for (ModelSpec spec : List.of(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 24),
                new ModelSpec(ModelSpec.SQUEEZENET1_0, 4, 3, 29))) {
            Network network = initialized(spec, 7);
            NDArray x = new Rng(8).uniform(manager, 0, 1, spec.inputShape(3));
            float[] before = logits(network, x);

            ScaleFolding.Result result = ScaleFolding.fold(network);

            assertClose(before, logits(network, x));
            assertEquals(network.weightLayers().size(), result.layers().size());
            assertEquals(result.outputScale(), network.outputScale());
            assertEquals(spec.classes(), result.outputScale().factors().length, "one factor per class");
            for (Map.Entry<String, Block> layer : network.weightLayers().entrySet()) {
                NDArray weight = layer.getValue().getParameters().get("weight").getArray();
                NDArray rowMax = weight.abs().reshape(weight.getShape().get(0), -1).max(new int[] {1});
                for (float row : rowMax.toFloatArray()) {
                    assertEquals(1f, row, 1e-6f, layer.getKey());
                }
            }
            ScaleFolding.fold(network);
            assertClose(before, logits(network, x));
        }
    }

    @Test
    void theOutputScaleTravelsThroughCheckpointsAndConversion() {
        ModelSpec spec = new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 24);
        Network network = initialized(spec, 3);
        ScaleFolding.fold(network);
        NDArray x = new Rng(4).uniform(manager, 0, 1, spec.inputShape(2));
        Path file = dir.resolve("folded.ckpt");
        CheckpointFiles.save(file, network, RECORD, null, "test");

        assertEquals(network.outputScale(), CheckpointFiles.read(file).outputScale());
        Network loaded = CheckpointFiles.load(file, manager, null).network();
        assertEquals(network.outputScale(), loaded.outputScale());
        assertClose(logits(network, x), logits(loaded, x));

        Network analog = AnalogConversion.convert(loaded, Presets.get(Presets.FLOATING_POINT), Set.of(), manager,
                new Rng(5));
        assertEquals(network.outputScale(), analog.outputScale());
        assertClose(logits(network, x), logits(analog, x));
        assertEquals(network.outputScale(), AnalogConversion.toDigital(analog, manager).outputScale());
    }

    @Test
    void onlyDigitalReluNetworksFold() {
        Network hpml = initialized(new ModelSpec(ModelSpec.SQUEEZENET1_1_HPML, 1, 3, 32), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> ScaleFolding.fold(hpml));
        assertTrue(e.getMessage().contains("squeezenet1_0 or squeezenet1_1, not squeezenet1_1_hpml"), e.getMessage());
        var scale = assertThrows(IllegalArgumentException.class, () -> hpml.setOutputScale(OutputScale.of(2f)));
        assertTrue(scale.getMessage().contains("its output scale must be 1"), scale.getMessage());

        Network analog = AnalogConversion.convert(initialized(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 24), 2),
                Presets.get(Presets.INFERENCE_DEFAULT), Set.of(), manager, new Rng(3));
        var analogError = assertThrows(IllegalArgumentException.class, () -> ScaleFolding.fold(analog));
        assertTrue(analogError.getMessage().contains("digital network"), analogError.getMessage());
    }
}
