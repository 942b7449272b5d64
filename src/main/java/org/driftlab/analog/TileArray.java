package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.driftlab.analog.hwa.InputRange;
import org.driftlab.analog.hwa.RangeStep;
import org.driftlab.analog.hwa.ScaledWeights;
import org.driftlab.analog.hwa.WeightScaling;
import org.driftlab.config.IoParameters;
import org.driftlab.config.MappingParameter;
import org.driftlab.config.RpuConfig;

/**
 * The tiles of one analog layer (aihwkit's TileModuleArray, spec section 7.6): the weight matrix split as evenly as
 * possible by mapping.max_input_size and max_output_size, each block its own tile with its own scales, conductance
 * range and compensation. Outputs of input blocks are summed in floating point, then the digital bias is added.
 * A layer that fits one tile may keep its bias analog, as an extra input column driven by a constant 1.
 */
public final class TileArray implements AutoCloseable {
    private final int inSize;
    private final int outSize;
    private final int[] inSplits;
    private final int[] outSplits;
    private final List<List<AnalogTile>> tiles;
    private NDArray digitalBias;
    // With one input block, each tile adds its part of the digital bias in its output pass: one block per tile.
    private float[][] tileBiases;
    private final boolean analogBias;
    private final boolean learnsInputRanges;
    private final NDManager manager;

    /**
     * @param weights layer weights [out, in]
     * @param bias    layer bias [out], or null
     */
    public TileArray(RpuConfig config, NDArray weights, NDArray bias, NDManager parent, Rng rng) {
        this.manager = parent.newSubManager();
        this.outSize = (int) weights.getShape().get(0);
        this.inSize = (int) weights.getShape().get(1);
        MappingParameter mapping = config.mapping();
        this.inSplits = splitSizes(inSize, mapping.maxInputSize());
        this.outSplits = splitSizes(outSize, mapping.maxOutputSize());
        this.analogBias = bias != null && !mapping.digitalBias() && inSplits.length == 1 && outSplits.length == 1;
        this.learnsInputRanges = config.prePost().inputRange().enable()
                && config.prePost().inputRange().learnInputRange();
        this.tiles = new ArrayList<>();
        WeightScaling scaling = new WeightScaling(mapping);
        try (NDManager scratch = manager.newSubManager()) {
            int inStart = 0;
            for (int inBlock : inSplits) {
                List<AnalogTile> column = new ArrayList<>();
                int outStart = 0;
                for (int outBlock : outSplits) {
                    NDArray block = weights.get(new NDIndex("{}:{}, {}:{}", outStart, outStart + outBlock,
                            inStart, inStart + inBlock));
                    block.attach(scratch);
                    if (analogBias) {
                        NDArray biasColumn = bias.reshape(outSize, 1);
                        biasColumn.attach(scratch);
                        block = block.concat(biasColumn, 1);
                    }
                    ScaledWeights scaled = scaling.apply(block);
                    column.add(new AnalogTile(config, scaled.tileWeights(), scaled.mappingScales(), manager, rng.split()));
                    scaled.tileWeights().close();
                    scaled.mappingScales().close();
                    outStart += outBlock;
                }
                tiles.add(column);
                inStart += inBlock;
            }
        }
        if (bias != null && !analogBias) {
            this.digitalBias = bias.duplicate();
            digitalBias.attach(manager);
        } else {
            this.digitalBias = null;
        }
        this.tileBiases = splitBias();
    }

    /** The digital bias cut at the output blocks, when the tiles add it themselves (one input block); else null. */
    private float[][] splitBias() {
        if (digitalBias == null || inSplits.length != 1) {
            return null;
        }
        float[] values = digitalBias.toFloatArray();
        float[][] blocks = new float[outSplits.length][];
        int outStart = 0;
        for (int outBlock = 0; outBlock < outSplits.length; outBlock++) {
            blocks[outBlock] = Arrays.copyOfRange(values, outStart, outStart + outSplits[outBlock]);
            outStart += outSplits[outBlock];
        }
        return blocks;
    }

    /**
     * Sets new layer weights (and bias) with the mapping scales fixed at construction, as training updates them:
     * each tile receives its block divided by its scales.
     */
    public void setWeights(NDArray weights, NDArray bias) {
        try (NDManager scratch = manager.newSubManager()) {
            int inStart = 0;
            for (int inBlock = 0; inBlock < inSplits.length; inBlock++) {
                int outStart = 0;
                for (int outBlock = 0; outBlock < outSplits.length; outBlock++) {
                    AnalogTile tile = tiles.get(inBlock).get(outBlock);
                    NDArray block = weights;
                    if (inSplits.length > 1 || outSplits.length > 1) {
                        block = weights.get(new NDIndex("{}:{}, {}:{}", outStart, outStart + outSplits[outBlock],
                                inStart, inStart + inSplits[inBlock]));
                        block.attach(scratch);
                    }
                    if (analogBias) {
                        NDArray biasColumn = bias.reshape(outSize, 1);
                        biasColumn.attach(scratch);
                        block = block.concat(biasColumn, 1);
                        block.attach(scratch);
                    }
                    tile.setLayerWeights(block);
                    outStart += outSplits[outBlock];
                }
                inStart += inSplits[inBlock];
            }
        }
        if (digitalBias != null && bias != null) {
            NDArray copy = bias.duplicate();
            copy.attach(manager);
            digitalBias.close();
            digitalBias = copy;
            tileBiases = splitBias();
        }
    }

    /**
     * The input range each input column is clipped at, [in] (from the first tile of its input block), or null when
     * the tiles have no input range.
     */
    public float[] inputRangeColumns() {
        if (tiles.get(0).get(0).inputRange() == null) {
            return null;
        }
        float[] columns = new float[inSize];
        int inStart = 0;
        for (int inBlock = 0; inBlock < inSplits.length; inBlock++) {
            float range = (float) Math.abs(tiles.get(inBlock).get(0).inputRange().value());
            Arrays.fill(columns, inStart, inStart + inSplits[inBlock], range);
            inStart += inSplits[inBlock];
        }
        return columns;
    }

    /** Whether the tiles learn their input ranges in training. */
    public boolean learnsInputRanges() {
        return learnsInputRanges;
    }

    /**
     * One optimizer step on every learned input range (spec 9.4, RPUCuda's gradient). The gradient with respect to
     * a tile's normalised input is d = ir · δ · W, with δ the gradient of the loss with respect to the layer output
     * and W the tile's block in layer units (the backward is ideal).
     *
     * @param inputs the layer's tile inputs of the last training forward, [rows, in]
     * @param outputGradient dL/d(output) for the same rows, [rows, out]
     */
    public void updateInputRanges(NDArray inputs, NDArray outputGradient, RangeStep rule) {
        try (NDManager scratch = manager.newSubManager()) {
            int inStart = 0;
            for (int inBlock = 0; inBlock < inSplits.length; inBlock++) {
                NDArray part = inputs.get(new NDIndex(":, {}:{}", inStart, inStart + inSplits[inBlock]));
                part.attach(scratch);
                if (analogBias) {
                    part = part.concat(scratch.ones(new Shape(part.getShape().get(0), 1)), 1);
                }
                int outStart = 0;
                for (int outBlock = 0; outBlock < outSplits.length; outBlock++) {
                    AnalogTile tile = tiles.get(inBlock).get(outBlock);
                    InputRange range = tile.inputRange();
                    if (learnsInputRanges) {
                        NDArray delta = outputGradient.get(new NDIndex(":, {}:{}", outStart,
                                outStart + outSplits[outBlock]));
                        delta.attach(scratch);
                        NDArray layerBlock = tile.referenceWeights().mul(tile.mappingScales().transpose());
                        layerBlock.attach(scratch);
                        NDArray d = delta.matMul(layerBlock).mul((float) range.value());
                        IoParameters io = tile.ioParameters();
                        double outBound = io.outBound() > 0 ? io.outBound() * io.outScale() : 0;
                        NDArray gradient = range.rangeGradient(d, part, null, outBound);
                        range.step(gradient, rule);
                    }
                    outStart += outSplits[outBlock];
                }
                inStart += inSplits[inBlock];
            }
        }
    }

    /** aihwkit's split: n = ceil(size / max) parts as even as possible, the larger ones first; max 0 means none. */
    public static int[] splitSizes(int size, int max) {
        if (max <= 0 || size <= max) {
            return new int[] {size};
        }
        int parts = (size + max - 1) / max;
        int base = size / parts;
        int extra = size % parts;
        int[] sizes = new int[parts];
        for (int i = 0; i < parts; i++) {
            sizes[i] = i < extra ? base + 1 : base;
        }
        return sizes;
    }

    public int inSize() {
        return inSize;
    }

    public int outSize() {
        return outSize;
    }

    /** All tiles, input block by input block. */
    public List<AnalogTile> tiles() {
        List<AnalogTile> all = new ArrayList<>();
        tiles.forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    public void program(Rng rng) {
        for (AnalogTile tile : tiles()) {
            tile.program(rng);
        }
    }

    public void drift(double tInference, Rng rng) {
        for (AnalogTile tile : tiles()) {
            tile.drift(tInference, rng);
        }
    }

    /**
     * The layer output [batch, out] for inputs [batch, in]. With one input block each tile adds its part of the
     * digital bias itself (in its output pass); otherwise the bias is added to the sum of the blocks.
     */
    public NDArray forward(NDArray inputs, Rng rng, boolean training) {
        return forward(inputs, rng, training, null);
    }

    /**
     * The same, written {@code into} given rows [batch, out] ({@link OutputRows}) when it is not null: by
     * the tile itself where the layer is one tile, else as a copy of the combined blocks.
     */
    public NDArray forward(NDArray inputs, Rng rng, boolean training, OutputRows into) {
        return combineBlocks((block, inStart) -> {
            NDArray part = inSplits.length == 1 ? inputs
                    : inputs.get(new NDIndex(":, {}:{}", inStart, inStart + inSplits[block]));
            NDArray tileInputs = analogBias
                    ? part.concat(part.getManager().ones(new Shape(part.getShape().get(0), 1)), 1) : part;
            return (tile, offsets, destination) -> tile.forward(tileInputs, rng, training, offsets, destination);
        }, into);
    }

    /**
     * Whether {@link #forwardPatches} can compute this layer: every tile on the fused CPU path, without an analog bias
     * column, and without input ranges in training.
     */
    public boolean readsPatches(boolean training) {
        return !analogBias && tiles().stream().allMatch(tile -> tile.readsInputRows(training));
    }

    /**
     * The layer output [rows, out] for convolution patches read straight from the images, without an unfolded
     * matrix, in {@code target} or written {@code into} given rows (as {@link #forward(NDArray, Rng, boolean,
     * OutputRows)} does); only where {@link #readsPatches}.
     */
    public NDArray forwardPatches(PatchRows patches, int rows, NDManager target, Rng rng, boolean training,
                                  OutputRows into) {
        return combineBlocks((block, inStart) -> {
            InputRows part = inSplits.length == 1 ? patches : patches.columns(inStart, inSplits[block]);
            return (tile, offsets, destination) -> tile.forward(part, rows, target, rng, training, offsets,
                    destination);
        }, into);
    }

    /**
     * One tile's forward on its input block, plus the bias offsets it should add (or null), written into
     * {@code destination} when it is not null.
     */
    private interface TileCall {
        NDArray run(AnalogTile tile, float[] offsets, OutputRows destination);
    }

    /** How the tiles of input block {@code block} (starting at column {@code inStart}) read their inputs. */
    private interface BlockInputs {
        TileCall forBlock(int block, int inStart);
    }

    /** The tiles' outputs, concatenated along the outputs and summed over input blocks (written into, if given). */
    private NDArray combineBlocks(BlockInputs blockInputs, OutputRows into) {
        if (into != null && inSplits.length == 1 && outSplits.length == 1) {
            return blockInputs.forBlock(0, 0).run(tiles.get(0).get(0), tileBiases == null ? null : tileBiases[0],
                    into);
        }
        try (NDScope ignored = new NDScope()) {
            NDArray sum = null;
            int inStart = 0;
            for (int block = 0; block < inSplits.length; block++) {
                TileCall call = blockInputs.forBlock(block, inStart);
                NDList outputs = new NDList();
                for (int outBlock = 0; outBlock < outSplits.length; outBlock++) {
                    float[] offsets = tileBiases == null ? null : tileBiases[outBlock];
                    NDArray output = call.run(tiles.get(block).get(outBlock), offsets, null);
                    NDScope.register(output);
                    outputs.add(output);
                }
                NDArray y = outputs.size() == 1 ? outputs.get(0) : NDArrays.concat(outputs, 1);
                sum = sum == null ? y : sum.add(y);
                inStart += inSplits[block];
            }
            if (digitalBias != null && tileBiases == null) {
                sum = sum.add(digitalBias);
            }
            if (into != null) {
                sum = into.copyFrom(sum);
            }
            NDScope.unregister(sum);
            return sum;
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
