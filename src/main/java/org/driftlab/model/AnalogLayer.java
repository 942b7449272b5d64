package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.driftlab.analog.AnalogTile;
import org.driftlab.analog.OutputRows;
import org.driftlab.analog.PatchRows;
import org.driftlab.analog.Rng;
import org.driftlab.analog.TileArray;
import org.driftlab.analog.hwa.RangeStep;
import org.driftlab.analog.hwa.RemappedWeights;
import org.driftlab.analog.hwa.WeightClipper;
import org.driftlab.analog.hwa.WeightRemapper;
import org.driftlab.config.RpuConfig;

/**
 * A weight layer computed on analog tiles. It owns its weight and bias as DJL parameters, so that DJL's trainers
 * and optimizers update them as usual, and a {@link TileArray} built from them with the layer's configuration.
 * Evaluation reads the tiles (programmed or drifted, with the IO pipeline); training adds the tiles' error to the
 * exact product as a constant, so the backward is the ideal one (aihwkit's backward is ideal).
 */
public abstract sealed class AnalogLayer extends AbstractBlock permits AnalogConv2d, AnalogLinear {
    private final String name;
    private final RpuConfig config;
    private final WeightClipper clipper;
    private final WeightRemapper remapper;
    protected final Parameter weight;
    protected final Parameter bias;
    private TileArray tiles;
    private Rng rng;
    // Kept from the last training forward for the input-range step: the tile inputs and a zero added to the output,
    // whose gradient is the gradient with respect to the layer output.
    private NDArray lastTileInputs;
    private NDArray outputProbe;

    protected AnalogLayer(String name, RpuConfig config, Shape weightShape, int outSize, Initializer weightInit) {
        this.name = name;
        this.config = config;
        this.clipper = new WeightClipper(config.clip());
        this.remapper = new WeightRemapper(config.remap());
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optShape(weightShape).optInitializer(weightInit).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optShape(new Shape(outSize)).optInitializer(new ConstantInitializer(0f)).build());
    }

    public String name() {
        return name;
    }

    public RpuConfig config() {
        return config;
    }

    public abstract LayerKind kind();

    public Shape weightShape() {
        return weight.getShape();
    }

    public Parameter weightParameter() {
        return weight;
    }

    public Parameter biasParameter() {
        return bias;
    }

    /** The rows of the tile matrix: the output channels or features. */
    public int outSize() {
        return (int) weight.getShape().get(0);
    }

    /** The columns of the tile matrix: C_in·kH·kW or the input features. */
    public int inSize() {
        return (int) (weight.getShape().size() / weight.getShape().get(0));
    }

    /** The generator the forward draws its IO noise and weight-modifier samples from. */
    public void setRng(Rng rng) {
        this.rng = rng;
    }

    /**
     * (Re)builds the tiles from the current weight and bias parameters: new mapping scales, new periphery
     * deviations drawn from {@code rng}, nothing programmed. Call after conversion and after loading parameters.
     */
    public void buildTiles(NDManager manager, Rng rng) {
        if (tiles != null) {
            tiles.close();
        }
        try (NDManager scratch = manager.newSubManager()) {
            NDArray matrix = weight.getArray().reshape(outSize(), inSize());
            matrix.attach(scratch);
            tiles = new TileArray(config, matrix, bias.getArray(), manager, rng);
        }
        if (this.rng == null) {
            this.rng = rng.split();
        }
    }

    public TileArray tileArray() {
        requireTiles();
        return tiles;
    }

    public boolean hasTiles() {
        return tiles != null;
    }

    public void program(Rng rng) {
        requireTiles();
        tiles.program(rng);
    }

    public void drift(double tInference, Rng rng) {
        requireTiles();
        tiles.drift(tInference, rng);
    }

    private void requireTiles() {
        if (tiles == null) {
            throw new IllegalStateException("layer " + name + " has no tiles yet: convert the network "
                    + "(AnalogConversion.convert) or call buildTiles after loading parameters");
        }
    }

    @Override
    protected final NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                           PairList<String, Object> params) {
        requireTiles();
        if (rng == null) {
            throw new IllegalStateException("layer " + name + " has no random generator: call Network.setRng");
        }
        NDArray x = inputs.singletonOrThrow();
        NDArray w = parameterStore.getValue(weight, x.getDevice(), training);
        NDArray b = parameterStore.getValue(bias, x.getDevice(), training);
        if (!training) {
            return new NDList(analogForward(x, false, null));
        }
        NDArray detachedWeight = w.stopGradient();
        NDArray matrix = detachedWeight.reshape(outSize(), inSize());
        NDArray detachedBias = b.stopGradient();
        tiles.setWeights(matrix, detachedBias);
        detachedWeight.close();
        matrix.close();
        detachedBias.close();
        float[] ranges = tiles.inputRangeColumns();
        // With input ranges, aihwkit's ideal backward sees the clipped inputs: no gradient to a clipped input, and
        // the weight gradient from the clipped values.
        NDArray ideal = idealForward(ranges == null ? x : clipToInputRanges(x, ranges), w, b);
        NDArray output = straightThrough(ideal, x.stopGradient());
        if (tiles.learnsInputRanges()) {
            outputProbe = output.zerosLike();
            outputProbe.setRequiresGradient(true);
            output = output.add(outputProbe);
        }
        return new NDList(output);
    }

    /**
     * Straight-through: the tiles' values forward, the exact product's gradient backward. Where the exact product's
     * rows can be written through on the CPU ({@link OutputRows#of}), the tiles write their values there, unseen by
     * autograd (no backward reads the output of a convolution or a linear layer): the exact product's graph then
     * carries the tiles' values. Elsewhere the exact product's difference from itself, an exact zero, is added to the
     * tiles' output, which comes first so that the sum keeps its layout (channels last for convolutions).
     */
    private NDArray straightThrough(NDArray ideal, NDArray x) {
        Optional<OutputRows> rows = ideal.getDevice().isGpu() ? Optional.empty() : OutputRows.of(outputRows(ideal));
        if (rows.isPresent()) {
            return analogForward(x, true, rows.get());
        }
        return analogForward(x, true, null).add(ideal.sub(ideal.stopGradient()));
    }

    /**
     * After the backward of a training step: one optimizer step on each learned input range of this layer's tiles
     * (spec 9.4). Does nothing when no tile learns its range.
     */
    public void updateInputRanges(RangeStep rule) {
        if (outputProbe == null || lastTileInputs == null) {
            return;
        }
        NDArray gradient = outputProbe.getGradient();
        tiles.updateInputRanges(lastTileInputs, outputRows(gradient), rule);
        outputProbe = null;
        lastTileInputs = null;
    }

    /**
     * The layer input clipped at the input range of each tile column ([in], tile column order), where the layer's
     * layout can express it; otherwise the input unchanged.
     */
    protected abstract NDArray clipToInputRanges(NDArray x, float[] columnRanges);

    /**
     * The layer output (or its gradient) in the tiles' layout, one row per tile input vector, [rows, out]: a view
     * where the layout allows, else a copy.
     */
    protected abstract NDArray outputRows(NDArray output);

    /**
     * The tiles' output for inputs in the layer's own layout; with {@code into} (rows in the layout of
     * {@link #outputRows}), written there and returned in the layer's layout.
     */
    protected abstract NDArray analogForward(NDArray x, boolean training, OutputRows into);

    /** The exact digital product with the given weight and bias. */
    protected abstract NDArray idealForward(NDArray x, NDArray w, NDArray b);

    /** The tile array's forward on a [rows, inSize] matrix, written {@code into} the given rows if any. */
    protected NDArray tileForward(NDArray rows, boolean training, OutputRows into) {
        if (training && tiles.learnsInputRanges()) {
            lastTileInputs = rows;
        }
        return tiles.forward(rows, rng, training, into);
    }

    /**
     * The tile array's forward on convolution patches read straight from the images, [rows, out] in {@code target}
     * or written {@code into} given rows; only where {@link TileArray#readsPatches} (input ranges only in
     * evaluation).
     */
    protected NDArray tileForwardPatches(PatchRows patches, int rows, NDManager target, boolean training,
                                         OutputRows into) {
        return tiles.forwardPatches(patches, rows, target, rng, training, into);
    }

    /**
     * After an optimizer step (aihwkit's post_update_step): clips the weights in tile space (each tile's block
     * divided by its mapping scales), then remaps them (the factor moves into the tile's mapping scales), and writes
     * the result back into the weight and bias parameters in place. A remap alone leaves the layer's weights as they
     * are; it changes how they are split between tile weights and digital scales, and so the training forward.
     * On the CPU the clipping and remapping run on Java arrays (each a few tensor operations a tile otherwise, which
     * cost more than the arithmetic), with the same floats.
     */
    public void postUpdateStep() {
        postUpdateStep(!weight.getArray().getDevice().isGpu() && remapper.worksOnHost());
    }

    /** The post-update step with its clipping and remapping on the host or in the tensor engine. */
    void postUpdateStep(boolean onHost) {
        requireTiles();
        if (clipper.isIdentity() && remapper.isIdentity()) {
            return;
        }
        NDArray w = weight.getArray();
        NDArray b = bias.getArray();
        try (NDManager scratch = w.getManager().newSubManager()) {
            NDArray matrix = w.reshape(outSize(), inSize());
            matrix.attach(scratch);
            tiles.setWeights(matrix, b);
            int[] inSplits = TileArray.splitSizes(inSize(), config.mapping().maxInputSize());
            int[] outSplits = TileArray.splitSizes(outSize(), config.mapping().maxOutputSize());
            Iterator<AnalogTile> all = tiles.tiles().iterator();
            float[] layerWeights = new float[outSize() * inSize()];
            float[] layerBias = null;
            int column = 0;
            for (int inBlock = 0; inBlock < inSplits.length; inBlock++) {
                int row = 0;
                for (int outBlock = 0; outBlock < outSplits.length; outBlock++) {
                    AnalogTile tile = all.next();
                    float[] units = onHost ? clipAndRemapOnHost(tile, scratch) : clipAndRemapOnEngine(tile, scratch);
                    int tileIn = tile.inSize();
                    for (int i = 0; i < tile.outSize(); i++) {
                        System.arraycopy(units, i * tileIn, layerWeights, (row + i) * inSize() + column,
                                inSplits[inBlock]);
                    }
                    if (tileIn > inSplits[inBlock]) {
                        // The analog bias column, last in the tile.
                        layerBias = layerBias != null ? layerBias : new float[outSize()];
                        for (int i = 0; i < tile.outSize(); i++) {
                            layerBias[row + i] = units[i * tileIn + tileIn - 1];
                        }
                    }
                    row += outSplits[outBlock];
                }
                column += inSplits[inBlock];
            }
            w.set(layerWeights);
            if (layerBias != null) {
                b.set(layerBias);
            }
        }
    }

    /** Clips and remaps one tile with tensor operations; returns its weights in layer units, [out, in] row-major. */
    private float[] clipAndRemapOnEngine(AnalogTile tile, NDManager scratch) {
        NDArray clipped = tile.referenceWeights();
        if (!clipper.isIdentity()) {
            clipped = clipper.apply(clipped);
            clipped.attach(scratch);
        }
        if (remapper.isIdentity()) {
            tile.setReferenceWeights(clipped);
        } else {
            RemappedWeights remapped = remapper.apply(clipped, tile.mappingScales());
            remapped.tileWeights().attach(scratch);
            remapped.scales().attach(scratch);
            tile.remap(remapped.tileWeights(), remapped.scales());
        }
        NDArray layerUnits = tile.referenceWeights().mul(tile.mappingScales().transpose());
        layerUnits.attach(scratch);
        return layerUnits.toFloatArray();
    }

    /** The same on Java arrays (the clip value still from the engine, as its reductions give it). */
    private float[] clipAndRemapOnHost(AnalogTile tile, NDManager scratch) {
        NDArray reference = tile.referenceWeights();
        Shape shape = reference.getShape();
        float[] values = reference.toFloatArray();
        if (!clipper.isIdentity()) {
            clipper.clipOnHost(reference, values);
        }
        float[] scales = tile.mappingScales().toFloatArray();
        if (remapper.isIdentity()) {
            tile.setReferenceWeights(scratch.create(values, shape));
        } else {
            scales = remapper.applyOnHost(values, tile.outSize(), scales);
            tile.remap(scratch.create(values, shape), scratch.create(scales));
        }
        int in = tile.inSize();
        for (int i = 0; i < tile.outSize(); i++) {
            float scale = scales.length == 1 ? scales[0] : scales[i];
            for (int k = i * in; k < (i + 1) * in; k++) {
                values[k] = values[k] * scale;
            }
        }
        return values;
    }

    /** The tiles of this layer, input block by input block. */
    public List<AnalogTile> tileList() {
        requireTiles();
        return new ArrayList<>(tiles.tiles());
    }

    void closeTiles() {
        if (tiles != null) {
            tiles.close();
            tiles = null;
        }
    }
}
