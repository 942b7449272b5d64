package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * SqueezeNet's Fire module as torchvision builds it: squeeze 1×1 + ReLU, then the channel concatenation of
 * [expand 1×1 + ReLU, expand 3×3 (pad 1) + ReLU], the 1×1 branch first.
 */
final class Fire extends AbstractBlock {
    private final String name;
    private final Block squeeze;
    private final Block expand1x1;
    private final Block expand3x3;

    Fire(String name, int inChannels, int squeezeChannels, int expand1x1Channels, int expand3x3Channels,
         LayerFactory layers, Map<String, Block> registry) {
        this.name = name;
        this.squeeze = addChildBlock("squeeze", register(registry, name + ".squeeze",
                layers.conv(name + ".squeeze", inChannels, squeezeChannels, 1, 1, 0, SqueezeNet.kaimingUniform())));
        this.expand1x1 = addChildBlock("expand1x1", register(registry, name + ".expand1x1",
                layers.conv(name + ".expand1x1", squeezeChannels, expand1x1Channels, 1, 1, 0,
                        SqueezeNet.kaimingUniform())));
        this.expand3x3 = addChildBlock("expand3x3", register(registry, name + ".expand3x3",
                layers.conv(name + ".expand3x3", squeezeChannels, expand3x3Channels, 3, 1, 1,
                        SqueezeNet.kaimingUniform())));
    }

    private static Block register(Map<String, Block> registry, String name, Block block) {
        registry.put(name, block);
        return block;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList squeezed = new NDList(Activation.relu(
                squeeze.forward(parameterStore, inputs, training, params).singletonOrThrow()));
        NDArray left = Activation.relu(expand1x1.forward(parameterStore, squeezed, training, params).singletonOrThrow());
        NDArray right = Activation.relu(expand3x3.forward(parameterStore, squeezed, training, params).singletonOrThrow());
        return new NDList(NDArrays.concat(new NDList(left, right), 1));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        squeeze.initialize(manager, dataType, inputShapes);
        Shape[] squeezed = squeeze.getOutputShapes(inputShapes);
        expand1x1.initialize(manager, dataType, squeezed);
        expand3x3.initialize(manager, dataType, squeezed);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] squeezed = squeeze.getOutputShapes(inputShapes);
        Shape left = expand1x1.getOutputShapes(squeezed)[0];
        Shape right = expand3x3.getOutputShapes(squeezed)[0];
        return new Shape[] {new Shape(left.get(0), left.get(1) + right.get(1), left.get(2), left.get(3))};
    }

    void traceInputShapes(Shape input, Map<String, Shape> sink) {
        sink.put(name + ".squeeze", input);
        Shape squeezed = squeeze.getOutputShapes(new Shape[] {input})[0];
        sink.put(name + ".expand1x1", squeezed);
        sink.put(name + ".expand3x3", squeezed);
    }
}
