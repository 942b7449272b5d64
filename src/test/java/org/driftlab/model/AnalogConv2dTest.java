package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.Map;
import org.driftlab.analog.Rng;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class AnalogConv2dTest extends WithTensorManager {
    private static RpuConfig perfect() {
        return Presets.get(Presets.FLOATING_POINT);
    }

    private AnalogConv2d layer(RpuConfig config, int in, int out, int kernel, int stride, int padding, Shape input) {
        AnalogConv2d conv = new AnalogConv2d("conv", config, in, out, kernel, stride, padding, new NormalInitializer(0.5f));
        conv.initialize(manager, DataType.FLOAT32, input);
        NDArray w = new Rng(7).uniform(manager, -1, 1, conv.weightShape());
        conv.weightParameter().getArray().set(w.toFloatArray());
        conv.biasParameter().getArray().set(new Rng(8).uniform(manager, -1, 1, new Shape(out)).toFloatArray());
        conv.buildTiles(manager, new Rng(9));
        return conv;
    }

    private void assertMatchesDjlConv(int kernel, int stride, int padding) {
        Shape input = new Shape(2, 5, 9, 11);
        AnalogConv2d conv = layer(perfect(), 5, 4, kernel, stride, padding, input);
        NDArray x = new Rng(10).uniform(manager, -1, 1, input);
        NDArray expected = Conv2d.conv2d(x, conv.weightParameter().getArray(), conv.biasParameter().getArray(),
                new Shape(stride, stride), new Shape(padding, padding)).singletonOrThrow();
        NDArray actual = conv.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
        assertEquals(expected.getShape(), actual.getShape());
        assertEquals(expected.getShape(), conv.getOutputShapes(new Shape[] {input})[0]);
        assertArrayEquals(expected.toFloatArray(), actual.toFloatArray(), 1e-4f);
    }

    @Test
    void unfoldedProductEqualsDjlConvolution3x3Pad1() {
        assertMatchesDjlConv(3, 1, 1);
    }

    @Test
    void unfoldedProductEqualsDjlConvolution3x3Stride2() {
        assertMatchesDjlConv(3, 2, 0);
    }

    /**
     * Converters off, no output noise and no bound: the fused CPU path, which reads the patches straight from the
     * images, computes the convolution exactly (noise management scales in and out again). Small tiles split the
     * patch columns over three input blocks and the outputs over two. Evaluation and training alike write channels
     * last (in training the output is the tiles' value with the exact convolution's gradient, so an output laid out
     * wrongly would show).
     */
    @Test
    void patchesReadStraightFromTheImagesGiveTheConvolution() {
        RpuConfig exact = ConfigTree.withAll(RpuConfig.defaults(), Map.of("forward.inp_res", -1.0,
                "forward.out_res", -1.0, "forward.out_noise", 0.0, "forward.out_bound", -1.0,
                "mapping.max_input_size", 17, "mapping.max_output_size", 3));
        for (int[] geometry : new int[][] {{3, 1, 1}, {3, 2, 0}, {3, 2, 1}, {2, 1, 0}, {1, 1, 0}}) {
            int kernel = geometry[0];
            int stride = geometry[1];
            int padding = geometry[2];
            Shape input = new Shape(2, 5, 9, 11);
            AnalogConv2d conv = layer(exact, 5, 4, kernel, stride, padding, input);
            conv.setRng(new Rng(3));
            assertTrue(conv.tileArray().readsPatches(false));
            assertTrue(conv.tileArray().readsPatches(true));
            NDArray x = new Rng(10).uniform(manager, -1, 1, input);
            NDArray expected = Conv2d.conv2d(x, conv.weightParameter().getArray(), conv.biasParameter().getArray(),
                    new Shape(stride, stride), new Shape(padding, padding)).singletonOrThrow();
            NDArray actual = conv.forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow();
            String where = "kernel " + kernel + ", stride " + stride + ", padding " + padding;
            assertEquals(expected.getShape(), actual.getShape());
            assertArrayEquals(expected.toFloatArray(), actual.toFloatArray(), 1e-4f, where);
            try (GradientCollector ignored = Engine.getInstance().newGradientCollector()) {
                NDArray trained = conv.forward(new ParameterStore(manager, false), new NDList(x), true)
                        .singletonOrThrow();
                assertEquals(expected.getShape(), trained.getShape());
                assertArrayEquals(expected.toFloatArray(), trained.toFloatArray(), 1e-4f, "training, " + where);
            }
        }
    }

    /**
     * In evaluation a tile with an input range reads its patches straight from the images too, clipped at the range
     * and divided by it there: the same outputs, bit for bit, as the tiles on the unfolded matrix (converters on,
     * output noise off, a range small enough to clip, tiles split inside a channel's columns).
     */
    @Test
    void patchesWithAnInputRangeGiveWhatTheUnfoldedMatrixGives() {
        RpuConfig ranged = ConfigTree.withAll(RpuConfig.defaults(), Map.of("forward.out_noise", 0.0,
                "pre_post.input_range.enable", true, "pre_post.input_range.init_value", 0.6,
                "mapping.max_input_size", 17, "mapping.max_output_size", 3));
        Shape input = new Shape(2, 5, 9, 11);
        AnalogConv2d conv = layer(ranged, 5, 4, 3, 1, 1, input);
        assertTrue(conv.tileArray().readsPatches(false));
        assertFalse(conv.tileArray().readsPatches(true), "training learns the range from the input matrix");
        NDArray x = new Rng(10).uniform(manager, -1, 1, input);
        conv.setRng(new Rng(3));
        NDArray viaPatches = conv.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
        NDArray rows = conv.tileArray().forward(Patches.unfold(x, 3, 1, 1), new Rng(3), false);
        NDArray viaMatrix = rows.reshape(2, 9, 11, 4).transpose(0, 3, 1, 2);
        assertArrayEquals(viaMatrix.toFloatArray(), viaPatches.toFloatArray(), 0f);
    }

    @Test
    void unfoldedProductEqualsDjlConvolution1x1() {
        assertMatchesDjlConv(1, 1, 0);
        assertMatchesDjlConv(1, 2, 0);
    }

    @Test
    void layersLargerThanTheTileAreSplit() {
        RpuConfig config = RpuConfig.defaults().withMapping(
                org.driftlab.testing.RecordCopy.with(RpuConfig.defaults().mapping(), "maxInputSize", 256));
        AnalogLinear linear = new AnalogLinear("fc", config, 512, 10, new NormalInitializer(0.1f));
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, 512));
        linear.buildTiles(manager, new Rng(1));
        assertEquals(2, linear.tileList().size());
        assertEquals(new Shape(10, 256), new Shape(linear.tileList().get(0).outSize(), linear.tileList().get(0).inSize()));
    }

    @Test
    void groupedConvolutionsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AnalogConv2d("c", perfect(), 4, 4, 3, 1, 1, 2, new NormalInitializer()));
        assertTrue(e.getMessage().contains("groups"), e.getMessage());
    }

    @Test
    void trainingGradientIsTheDigitalLayersGradient() {
        Shape input = new Shape(2, 3, 6, 6);
        RpuConfig noisy = Presets.get(Presets.INFERENCE_DEFAULT);
        AnalogConv2d conv = layer(noisy, 3, 4, 3, 1, 1, input);
        conv.setRng(new Rng(3));
        Conv2d digital = Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(4).build();
        digital.initialize(manager, DataType.FLOAT32, input);
        digital.getParameters().get("weight").getArray().set(conv.weightParameter().getArray().toFloatArray());
        NDArray x = new Rng(4).uniform(manager, -1, 1, input);
        NDArray analogGrad = gradient(conv, conv.weightParameter(), x);
        NDArray digitalGrad = gradient(digital, digital.getParameters().get("weight"), x);
        assertArrayEquals(digitalGrad.toFloatArray(), analogGrad.toFloatArray(), 1e-4f);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray analogOut = conv.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
            NDArray exact = digital.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
            assertTrue(analogOut.sub(exact).abs().max().getFloat() > 1e-3f, "the analog forward carries its noise");
        }
    }

    /**
     * In training the tiles write their values into the exact convolution's output where its memory allows (a batch
     * of two here) and add to it an exact zero elsewhere: either way the forward gives the tiles' values, bit for
     * bit, and the backward the exact convolution's gradient.
     */
    @Test
    void trainingForwardGivesTheTilesValuesAndTheExactGradient() {
        trainingForwardGivesTheTilesValuesAndTheExactGradient(Presets.get(Presets.INFERENCE_DEFAULT));
    }

    @Test
    void soDoTilesSplitBothWaysWithTheBiasInTheTiles() {
        RpuConfig split = Presets.get(Presets.INFERENCE_DEFAULT);
        split = ConfigTree.with(ConfigTree.with(ConfigTree.with(split, "mapping.digital_bias", false),
                "mapping.max_input_size", 10), "mapping.max_output_size", 3);
        trainingForwardGivesTheTilesValuesAndTheExactGradient(split);
    }

    private void trainingForwardGivesTheTilesValuesAndTheExactGradient(RpuConfig config) {
        for (int batch : new int[] {1, 2}) {
            Shape input = new Shape(batch, 3, 6, 6);
            AnalogConv2d conv = layer(config, 3, 4, 3, 1, 1, input);
            Conv2d digital = Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                    .setFilters(4).build();
            digital.initialize(manager, DataType.FLOAT32, input);
            digital.getParameters().get("weight").getArray().set(conv.weightParameter().getArray().toFloatArray());
            digital.getParameters().get("bias").getArray().set(conv.biasParameter().getArray().toFloatArray());
            NDArray x = new Rng(4).uniform(manager, -1, 1, input);
            NDArray outputWeights = new Rng(5).uniform(manager, -1, 1, new Shape(batch, 4, 6, 6));
            conv.setRng(new Rng(3));
            NDArray trained = forwardAndBackward(conv, x, outputWeights);
            NDArray tiles = conv.tileArray().forward(Patches.unfold(x, 3, 1, 1), new Rng(3), true)
                    .reshape(batch, 6, 6, 4).transpose(0, 3, 1, 2);
            assertArrayEquals(tiles.toFloatArray(), trained.toFloatArray(), 0f, "batch " + batch);
            forwardAndBackward(digital, x, outputWeights);
            assertArrayEquals(digital.getParameters().get("weight").getArray().getGradient().toFloatArray(),
                    conv.weightParameter().getArray().getGradient().toFloatArray(), 1e-4f, "batch " + batch);
            assertArrayEquals(digital.getParameters().get("bias").getArray().getGradient().toFloatArray(),
                    conv.biasParameter().getArray().getGradient().toFloatArray(), 1e-4f, "batch " + batch);
        }
    }

    /** The training forward of {@code block}, and the backward of the sum of its outputs times {@code weights}. */
    private NDArray forwardAndBackward(ai.djl.nn.Block block, NDArray x, NDArray weights) {
        block.getParameters().values().forEach(p -> p.getArray().setRequiresGradient(true));
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
            collector.backward(y.mul(weights).sum());
            return y.stopGradient().duplicate();
        }
    }

    private NDArray gradient(ai.djl.nn.Block block, Parameter weight, NDArray x) {
        weight.getArray().setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
            collector.backward(y.sum());
        }
        return weight.getArray().getGradient().duplicate();
    }
}
