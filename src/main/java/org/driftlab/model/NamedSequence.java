package org.driftlab.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Blocks applied one after another, each under a stable, human-readable name ("features.3", "classifier.1"). */
final class NamedSequence extends AbstractBlock {
    private final List<String> names = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    NamedSequence add(String name, Block block) {
        names.add(name);
        blocks.add(block);
        addChildBlock(name.replace('.', '_'), block);
        return this;
    }

    List<String> names() {
        return Collections.unmodifiableList(names);
    }

    List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList current = inputs;
        for (Block block : blocks) {
            current = block.forward(parameterStore, current, training, params);
        }
        return current;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] shapes = inputShapes;
        for (Block block : blocks) {
            block.initialize(manager, dataType, shapes);
            shapes = block.getOutputShapes(shapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] shapes = inputShapes;
        for (Block block : blocks) {
            shapes = block.getOutputShapes(shapes);
        }
        return shapes;
    }

    /** Records the input shape of every named block (and of the layers inside Fire modules). */
    Shape traceInputShapes(Shape input, Map<String, Shape> sink) {
        Shape shape = input;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            sink.put(names.get(i), shape);
            if (block instanceof Fire fire) {
                fire.traceInputShapes(shape, sink);
            }
            shape = block.getOutputShapes(new Shape[] {shape})[0];
        }
        return shape;
    }
}
