package org.driftlab.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftlab.analog.AnalogTile;
import org.driftlab.analog.Rng;
import org.driftlab.analog.hwa.RangeStep;

/**
 * A SqueezeNet as a DJL block, digital or (after {@link AnalogConversion#convert}) with analog layers. Its weight
 * layers and batch norms are reachable by their stable names. An analog network is programmed once and drifted many
 * times, or re-programmed per repetition, without rebuilding.
 */
public final class Network extends AbstractBlock implements AutoCloseable {
    private final ModelSpec spec;
    private final NamedSequence body;
    private final Map<String, Block> parameterBlocks;
    private OutputScale outputScale = OutputScale.ONE;

    Network(ModelSpec spec, NamedSequence body, Map<String, Block> parameterBlocks) {
        this.spec = spec;
        this.body = addChildBlock("body", body);
        this.parameterBlocks = Collections.unmodifiableMap(new LinkedHashMap<>(parameterBlocks));
    }

    public ModelSpec spec() {
        return spec;
    }

    /**
     * The fixed digital factors on the network's output, 1 unless {@link ScaleFolding} moved the weights' scales
     * there: logits = outputScale × what the body computes, class by class.
     */
    public OutputScale outputScale() {
        return outputScale;
    }

    /**
     * @throws IllegalArgumentException for factors per class that are not one per class, or any factor but 1 on
     *                                  the HPML variant (its sigmoid does not commute with one)
     */
    public void setOutputScale(OutputScale scale) {
        if (scale.perClass() && scale.factors().length != spec.classes()) {
            throw new IllegalArgumentException(spec.id() + " has " + spec.classes() + " classes; the output scale has "
                    + scale.factors().length + " factors");
        }
        if (!scale.isOne() && spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML)) {
            throw new IllegalArgumentException(spec.id() + " ends in a sigmoid; its output scale must be 1, got "
                    + scale);
        }
        outputScale = scale;
    }

    /** Initializes the parameters for the spec's input shape; the initializers draw from the engine seeded by rng. */
    public void initialize(NDManager manager, Rng rng) {
        long seed = rng.nextSeed();
        Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
        initialize(manager, DataType.FLOAT32, spec.inputShape(1));
    }

    /** Blocks with parameters (convolutions, linear layers, batch norms) by name, in network order. */
    public Map<String, Block> parameterBlocks() {
        return parameterBlocks;
    }

    /** The convolution and linear layers by name, in network order. */
    public Map<String, Block> weightLayers() {
        Map<String, Block> layers = new LinkedHashMap<>();
        parameterBlocks.forEach((name, block) -> {
            if (kindOf(block) != null) {
                layers.put(name, block);
            }
        });
        return layers;
    }

    static LayerKind kindOf(Block block) {
        if (block instanceof AnalogLayer analog) {
            return analog.kind();
        }
        if (block instanceof Conv2d) {
            return LayerKind.CONV;
        }
        if (block instanceof Linear) {
            return LayerKind.LINEAR;
        }
        return null;
    }

    /** The analog layers in network order. */
    public List<AnalogLayer> analogLayerBlocks() {
        List<AnalogLayer> layers = new ArrayList<>();
        parameterBlocks.values().forEach(block -> {
            if (block instanceof AnalogLayer analog) {
                layers.add(analog);
            }
        });
        return layers;
    }

    /** The trainable parameter count, as torch counts it (batch-norm running statistics excluded). */
    public long trainableParameterCount() {
        long count = 0;
        for (var pair : getParameters()) {
            Parameter parameter = pair.getValue();
            if (parameter.getType() != Parameter.Type.RUNNING_MEAN && parameter.getType() != Parameter.Type.RUNNING_VAR) {
                count += parameter.getArray().size();
            }
        }
        return count;
    }

    /** Every analog layer draws its forward noise from {@code rng} from now on. */
    public void setRng(Rng rng) {
        analogLayerBlocks().forEach(layer -> layer.setRng(rng));
    }

    /** Programs every analog tile anew (new programming noise and drift exponents). */
    public void programAll(Rng rng) {
        analogLayerBlocks().forEach(layer -> layer.program(rng));
    }

    /** Reads every tile at {@code tInference} seconds after its programming (programs the ones never programmed). */
    public void driftAll(double tInference, Rng rng) {
        analogLayerBlocks().forEach(layer -> layer.drift(tInference, rng));
    }

    /** Applies (true) or ignores (false) the drift-compensation factor of every tile in evaluation. */
    public void setCompensationApplied(boolean applied) {
        for (AnalogLayer layer : analogLayerBlocks()) {
            layer.tileList().forEach(tile -> tile.setCompensationApplied(applied));
        }
    }

    /** Per analog layer whose tiles have an input range, the range of each tile (tile order). */
    public Map<String, List<Double>> inputRanges() {
        Map<String, List<Double>> ranges = new LinkedHashMap<>();
        for (AnalogLayer layer : analogLayerBlocks()) {
            if (layer.hasTiles() && layer.tileList().stream().allMatch(t -> t.inputRange() != null)) {
                ranges.put(layer.name(), layer.tileList().stream().map(t -> t.inputRange().value()).toList());
            }
        }
        return ranges;
    }

    /**
     * Sets the input ranges of the analog layers from a checkpoint's, where the layer's tiles have input ranges and
     * their number matches.
     *
     * @return the layers whose stored ranges did not fit (another tile split, or no input range configured)
     */
    public List<String> restoreInputRanges(Map<String, List<Double>> ranges) {
        List<String> unfit = new ArrayList<>();
        Map<String, AnalogLayer> byName = new LinkedHashMap<>();
        analogLayerBlocks().forEach(layer -> byName.put(layer.name(), layer));
        ranges.forEach((name, values) -> {
            AnalogLayer layer = byName.get(name);
            List<AnalogTile> tiles = layer == null ? List.of() : layer.tileList();
            if (tiles.size() != values.size() || tiles.stream().anyMatch(t -> t.inputRange() == null)) {
                unfit.add(name);
                return;
            }
            for (int i = 0; i < tiles.size(); i++) {
                tiles.get(i).inputRange().restore(values.get(i));
            }
        });
        return unfit;
    }

    /** After the backward of a training step: an optimizer step on every learned input range. */
    public void updateInputRanges(RangeStep rule) {
        analogLayerBlocks().forEach(layer -> layer.updateInputRanges(rule));
    }

    public void postUpdateStep() {
        analogLayerBlocks().forEach(AnalogLayer::postUpdateStep);
    }

    /** Every weight layer, analog or digital, with its tiles. */
    public List<AnalogLayerView> analogLayers() {
        List<AnalogLayerView> views = new ArrayList<>();
        Map<String, Shape> inputs = traceInputs(spec.inputSize());
        weightLayers().forEach((name, block) -> {
            if (block instanceof AnalogLayer analog) {
                List<AnalogLayerView.TileView> tiles = analog.hasTiles()
                        ? analog.tileList().stream().map(AnalogLayerView.TileView::new).toList() : List.of();
                views.add(new AnalogLayerView(name, analog.kind(), analog.weightShape(), true, tiles));
            } else {
                Shape in = inputs.get(name);
                if (block instanceof Linear) {
                    in = new Shape(1, in.size());
                }
                views.add(new AnalogLayerView(name, kindOf(block), digitalWeightShape(block, in), false, List.of()));
            }
        });
        return views;
    }

    private Map<String, Shape> traceInputs(int inputSize) {
        Map<String, Shape> inputs = new LinkedHashMap<>();
        body.traceInputShapes(new Shape(1, spec.inChannels(), inputSize, inputSize), inputs);
        return inputs;
    }

    /** A digital layer's weight shape, known before initialization from its input shape. */
    private static Shape digitalWeightShape(Block block, Shape input) {
        if (block instanceof Conv2d conv) {
            return new Shape(conv.getFilters(), input.get(1)).addAll(conv.getKernelShape());
        }
        Shape output = block.getOutputShapes(new Shape[] {input})[0];
        return new Shape(output.get(1), input.get(1));
    }

    /** The layer table for an input of {@code inputSize}×{@code inputSize} (one image). */
    public List<LayerTableRow> layerTable(int inputSize) {
        new ModelSpec(spec.id(), spec.classes(), spec.inChannels(), inputSize);
        Map<String, Shape> inputs = traceInputs(inputSize);
        List<LayerTableRow> rows = new ArrayList<>();
        weightLayers().forEach((name, block) -> {
            Shape in = inputs.get(name);
            if (block instanceof Linear) {
                in = new Shape(1, in.size());
            }
            Shape out = block.getOutputShapes(new Shape[] {in})[0];
            Shape weightShape = block instanceof AnalogLayer analog ? analog.weightShape() : digitalWeightShape(block, in);
            long reuse = out.dimension() == 4 ? out.get(2) * out.get(3) : 1;
            int tiles = block instanceof AnalogLayer analog && analog.hasTiles() ? analog.tileList().size() : 0;
            boolean analog = block instanceof AnalogLayer;
            rows.add(new LayerTableRow(name, kindOf(block), weightShape, in, out, tiles, analog, reuse,
                    reuse * tiles, reuse * weightShape.size()));
        });
        return rows;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList outputs = body.forward(parameterStore, inputs, training, params);
        return outputScale.isOne() ? outputs : new NDList(outputScale.apply(outputs.singletonOrThrow()));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return body.getOutputShapes(inputShapes);
    }

    /** Releases the tiles' arrays; the parameters belong to the manager the network was initialized with. */
    @Override
    public void close() {
        analogLayerBlocks().forEach(AnalogLayer::closeTiles);
    }
}
