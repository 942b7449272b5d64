package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.driftlab.config.BoundManagement;
import org.driftlab.config.IoParameters;
import org.driftlab.config.MvType;
import org.driftlab.config.NoiseManagement;

/**
 * The analog matrix-vector product of {@link AnalogMvm} for the configurations nearly every study uses (one pass;
 * abs-max, constant or no noise management; iterative or no bound management; DAC and ADC rounding; input noise; IR
 * drop; output-referred weight noise; output noise), on the CPU, with each side of the matrix product fused into one
 * pass over memory: noise management, the DAC and input noise in one, and weight and output noise, ADC, bound test,
 * clipping and every output scale in the other. The product itself, and the products that IR drop and the weight
 * noise's level need, stay in the tensor engine, computed as {@link MacNonIdealities} computes them for the general
 * path. Rows are processed in fixed chunks on the common fork-join pool; each chunk draws its noise from its own
 * stream, seeded from one draw of the caller's {@link Rng}, so results do not depend on scheduling.
 *
 * <p>It computes what {@link AnalogMvm}'s general path computes, with the same float operations, except that the
 * noise comes from {@link NormalSampler} instead of the tensor engine's generator, and that the DAC's scale is an
 * exact reciprocal (the engine's vectorised pow(-1) may be one ulp off): without noise the two agree bit for bit,
 * with it they agree in distribution (FusedCpuMvmTest). The weight noise of a row is drawn before its output noise,
 * from the same stream, and input noise from streams of its own, so configurations without them draw what they drew
 * before either existed.
 */
final class FusedCpuMvm {
    private static final int CHUNK_ELEMENTS = 1 << 14;
    private static final float ROUNDING_LIMIT = 0x1.0p22f;
    private static final float ROUNDING_SHIFT = 0x1.8p23f;

    private final IoParameters io;
    private final double inputUnit;
    private final float dacUnit;
    private final float inputLimit;
    private final float outputLimit;
    private final float macToAdc;
    private final float noiseInAdcSteps;
    private final float outputUnit;
    private final float maxReduction;
    private final boolean roundInputs;
    private final boolean roundOutputs;
    private final boolean testsNegativeBound;
    private final boolean inputNoise;
    private final float inputNoiseInDacSteps;
    private final boolean irDrop;
    private final boolean weightNoise;
    private final float weightNoiseScale;

    private FusedCpuMvm(IoParameters io, double dacStep, double adcStep, boolean clipInputs) {
        this.io = io;
        double unit = dacStep > 0 ? dacStep : 1;
        double outUnit = adcStep > 0 ? adcStep : unit;
        this.inputUnit = unit;
        this.dacUnit = (float) unit;
        this.inputLimit = clipInputs ? (float) (io.inpBound() / unit) : Float.POSITIVE_INFINITY;
        this.outputLimit = io.outBound() > 0 ? (float) (io.outBound() / outUnit) : Float.POSITIVE_INFINITY;
        this.macToAdc = outUnit != unit ? (float) (unit / outUnit) : 1f;
        this.noiseInAdcSteps = (float) (io.outNoise() / outUnit);
        this.outputUnit = (float) (outUnit * io.outScale());
        this.maxReduction = AnalogMvm.maxReduction(io, dacStep);
        this.roundInputs = dacStep > 0;
        this.roundOutputs = adcStep > 0;
        this.testsNegativeBound = io.bmTestNegativeBound();
        this.inputNoise = io.inpNoise() > 0;
        this.inputNoiseInDacSteps = (float) (io.inpNoise() / unit);
        this.irDrop = MacNonIdealities.hasIrDrop(io);
        this.weightNoise = MacNonIdealities.hasWeightNoise(io);
        this.weightNoiseScale = (float) io.wNoise();
    }

    /**
     * The fused path for these parameters, or null when they need the general one (or the data is not on the CPU).
     *
     * @param clipInputs whether the DAC's clip at the input bound can change anything
     */
    static FusedCpuMvm forParameters(IoParameters io, OutputVariations variations, double dacStep, double adcStep,
                                     boolean clipInputs) {
        boolean supported = !io.isPerfect() && io.mvType() == MvType.ONE_PASS
                && (io.noiseManagement() == NoiseManagement.ABS_MAX || io.noiseManagement() == NoiseManagement.NONE
                    || io.noiseManagement() == NoiseManagement.CONSTANT)
                && (io.boundManagement() == BoundManagement.ITERATIVE || io.boundManagement() == BoundManagement.NONE)
                && !io.inpStoRound() && !io.outStoRound() && io.inpAsymmetry() == 0
                && io.outAsymmetry() == 0
                && variations.outNoiseStd() == null && variations.nonlinearity() == null
                && variations.voltageOffsets() == null && variations.negativeReadFactors() == null;
        return supported ? new FusedCpuMvm(io, dacStep, adcStep, clipInputs) : null;
    }

    static boolean onCpu(NDArray array) {
        return !array.getDevice().isGpu();
    }

    /**
     * @param weights      tile weights [out, in]
     * @param inputs       input vectors [batch, in]
     * @param columnScales  a factor per output [out] (mapping scales, compensation), or null
     * @param columnOffsets a term per output [out] added last (the digital bias), or null
     * @param into          rows [batch, out] to write the outputs into ({@link OutputRows}), or null
     * @return the outputs [batch, out]: the array of {@code into}, or a new array in the inputs' manager
     */
    NDArray forward(NDArray weights, NDArray inputs, float[] columnScales, float[] columnOffsets, long seed,
                    OutputRows into) {
        int in = (int) inputs.getShape().get(1);
        FloatBuffer x = floats(inputs);
        return forward(weights, (row, dst) -> x.get(row * in, dst, 0, in), (int) inputs.getShape().get(0),
                inputs.getManager(), columnScales, columnOffsets, seed, into);
    }

    /**
     * The same for input vectors read from {@code inputs} (for instance convolution patches).
     *
     * @param rows    the number of input vectors
     * @param manager where the outputs [rows, out] are created, unless written {@code into} a given array
     */
    NDArray forward(NDArray weights, InputRows inputs, int rows, NDManager manager, float[] columnScales,
                    float[] columnOffsets, long seed, OutputRows into) {
        int in = (int) weights.getShape().get(1);
        Products dacThenProduct = (pending, count, state, firstRound, inputSeed, stage) -> {
            try (NDArray dacOutputs = manager.create(new Shape(count, in))) {
                FloatBuffer v = floats(dacOutputs);
                long[] chunkSeeds = inputNoise
                        ? new SplittableRandom(inputSeed).longs(chunkCount(count, in)).toArray() : null;
                inChunks(count, in, (chunk, from, to) -> {
                    float[] row = new float[in];
                    NormalSampler sampler = inputNoise ? new NormalSampler(chunkSeeds[chunk]) : null;
                    float[] draws = inputNoise ? new float[in] : null;
                    for (int i = from; i < to; i++) {
                        int r = pending[i];
                        inputs.read(r, row);
                        if (firstRound) {
                            state.peak[r] = inputs.absMax(r, row, in);
                            manageNoise(state, r);
                        }
                        convertInputs(row, in, inverseScale(state, r), state.peak[r]);
                        if (inputNoise) {
                            sampler.fill(draws, in);
                            for (int k = 0; k < in; k++) {
                                row[k] = row[k] + draws[k] * inputNoiseInDacSteps;
                            }
                        }
                        v.put(i * in, row, 0, in);
                    }
                });
                try (NDScope ignored = new NDScope()) {
                    NDArray product = dacOutputs.matMul(weights.transpose());
                    NDArray loads = irDrop ? MacNonIdealities.columnLoads(weights, dacOutputs) : null;
                    NDArray dropped = irDrop ? MacNonIdealities.droppedProducts(weights, dacOutputs) : null;
                    NDArray levels = weightNoise ? MacNonIdealities.weightNoiseLevel(io, weights, dacOutputs) : null;
                    return stage.apply(new MacOutputs(floats(product), floatsOrNull(loads), floatsOrNull(dropped),
                            irDrop ? MacNonIdealities.loadScale(io, weights, inputUnit) : 0f, floatsOrNull(levels),
                            levels == null ? 0 : (int) levels.getShape().get(1)));
                }
            }
        };
        return run(dacThenProduct, weights, rows, manager, columnScales, columnOffsets, seed, into);
    }

    /**
     * Whether {@link #forwardOneHot} applies: not with input noise, which makes the one-hot vectors dense, nor with
     * IR drop or weight noise, which depend on the whole input vector.
     */
    boolean computesOneHot() {
        return !inputNoise && !irDrop && !weightNoise;
    }

    /**
     * The outputs [in, out] for the one-hot input vectors e_0 … e_(in-1) (the drift-compensation readout): what
     * {@link #forward} gives for the identity matrix, bit for bit, without building it or multiplying by it; only
     * where {@link #computesOneHot()}. Every one-hot vector has the same DAC value q for the same bound-management
     * reduction, and its product is q times one column of the weights, which is also what the engine's sum of one
     * product and zeros gives.
     */
    NDArray forwardOneHot(NDArray weights, NDManager manager, float[] columnScales, float[] columnOffsets,
                          long seed) {
        int out = (int) weights.getShape().get(0);
        int in = (int) weights.getShape().get(1);
        float[] w = weights.toFloatArray();
        Products oneHot = (pending, count, state, firstRound, inputSeed, stage) -> {
            float[] products = new float[count * out];
            inChunks(count, out, (chunk, from, to) -> {
                float[] dac = new float[1];
                for (int i = from; i < to; i++) {
                    int r = pending[i];
                    if (firstRound) {
                        state.peak[r] = 1f;
                        manageNoise(state, r);
                    }
                    dac[0] = 1f;
                    convertInputs(dac, 1, inverseScale(state, r), 1f);
                    for (int j = 0; j < out; j++) {
                        products[i * out + j] = dac[0] * w[j * in + r];
                    }
                }
            });
            return stage.apply(new MacOutputs(FloatBuffer.wrap(products), null, null, 0f, null, 0));
        };
        return run(oneHot, weights, in, manager, columnScales, columnOffsets, seed, null);
    }

    /** Computes the analog products of some rows and hands them to the output stage while they exist. */
    private interface Products {
        boolean[] apply(int[] rows, int count, RowState state, boolean firstRound, long inputSeed,
                        Function<MacOutputs, boolean[]> outputStage);
    }

    /**
     * The MAC's products [rows, out] in DAC units; with IR drop each output's column load and dropped product [rows,
     * out] and the loads' scale (else null); with weight noise its level per unit of w_noise, {@code levelWidth}
     * values a row (1 or out; else null).
     */
    private record MacOutputs(FloatBuffer products, FloatBuffer loads, FloatBuffer dropped, float loadScale,
                              FloatBuffer levels, int levelWidth) {
    }

    /** The passes of bound management: each computes the rows still pending, with their reduction doubled. */
    private NDArray run(Products products, NDArray weights, int rows, NDManager manager, float[] columnScales,
                        float[] columnOffsets, long seed, OutputRows into) {
        int out = (int) weights.getShape().get(0);
        RowState state = new RowState(rows);
        NDArray result = into != null ? into.array() : manager.create(new Shape(rows, out));
        if (rows == 0) {
            return result;
        }
        FloatBuffer outputs = into != null ? into.floats() : floats(result);
        SplittableRandom seeds = new SplittableRandom(seed);
        int[] pending = IntStream.range(0, rows).toArray();
        int count = rows;
        boolean firstRound = true;
        while (count > 0) {
            int[] listed = pending;
            int listedCount = count;
            long passSeed = seeds.nextLong();
            long inputSeed = inputNoise ? seeds.nextLong() : 0L;
            boolean[] withinBounds = products.apply(listed, listedCount, state, firstRound, inputSeed,
                    product -> outputStage(product, out, listed, listedCount, state, outputs, columnScales,
                            columnOffsets, passSeed));
            firstRound = false;
            if (io.boundManagement() == BoundManagement.NONE) {
                break;
            }
            int[] next = new int[count];
            int nextCount = 0;
            for (int i = 0; i < count; i++) {
                int r = pending[i];
                if (!withinBounds[i] && !state.zero[r] && state.reduction[r] <= maxReduction) {
                    state.reduction[r] *= 2f;
                    next[nextCount++] = r;
                }
            }
            pending = next;
            count = nextCount;
        }
        return result;
    }

    /** Per input vector: its largest |x|, noise management's scale, bound management's reduction. */
    private static final class RowState {
        final float[] peak;
        final float[] scale;
        final float[] reduction;
        final boolean[] zero;

        RowState(int rows) {
            peak = new float[rows];
            scale = new float[rows];
            reduction = new float[rows];
            zero = new boolean[rows];
            Arrays.fill(reduction, 1f);
        }
    }

    /**
     * Noise management's scale for a row with this peak. A row of zeros under noise management is computed with
     * scale 1 and, without input noise, its output set to zero, as in the general path.
     */
    private void manageNoise(RowState state, int r) {
        float scale = switch (io.noiseManagement()) {
            case ABS_MAX -> io.nmThres() > 0 ? Math.min(state.peak[r], (float) io.nmThres()) : state.peak[r];
            case CONSTANT -> io.nmThres() > 0 ? (float) io.nmThres() : 1f;
            default -> 1f;
        };
        boolean nothingToScale = io.noiseManagement() != NoiseManagement.NONE && scale <= 0;
        state.zero[r] = nothingToScale && !inputNoise;
        state.scale[r] = nothingToScale ? 1f : scale;
    }

    /** The factor that takes a row's inputs into DAC steps: 1 / (noise scale · reduction · DAC step). */
    private float inverseScale(RowState state, int r) {
        return 1f / (state.scale[r] * state.reduction[r] * dacUnit);
    }

    /** The DAC on one row: x / scale in DAC steps, rounded, clipped at the input bound. */
    private void convertInputs(float[] row, int in, float inverse, float peak) {
        float scaledPeak = peak * inverse;
        if (roundInputs && scaledPeak < ROUNDING_LIMIT) {
            // Scaling and rounding in one pass, with the float operations of the two passes below.
            for (int k = 0; k < in; k++) {
                row[k] = (row[k] * inverse + ROUNDING_SHIFT) - ROUNDING_SHIFT;
            }
            scaledPeak = (float) Math.rint(scaledPeak);
        } else {
            for (int k = 0; k < in; k++) {
                row[k] *= inverse;
            }
            if (roundInputs) {
                scaledPeak = roundInPlace(row, in, scaledPeak);
            }
        }
        if (scaledPeak > inputLimit) {
            clipInPlace(row, in, inputLimit);
        }
    }

    private boolean[] outputStage(MacOutputs mac, int out, int[] rows, int count, RowState state,
                                  FloatBuffer result, float[] columnScales, float[] columnOffsets, long seed) {
        boolean[] within = new boolean[count];
        boolean noise = noiseInAdcSteps > 0;
        FloatBuffer products = mac.products();
        long[] chunkSeeds = new SplittableRandom(seed).longs(chunkCount(count, out)).toArray();
        inChunks(count, out, (chunk, from, to) -> {
            NormalSampler sampler = noise || weightNoise ? new NormalSampler(chunkSeeds[chunk]) : null;
            float[] draws = noise || weightNoise ? new float[out] : null;
            float[] levels = weightNoise ? new float[out] : null;
            float[] loads = irDrop ? new float[out] : null;
            float[] dropped = irDrop ? new float[out] : null;
            float irDropScale = (float) io.irDrop();
            float[] row = new float[out];
            for (int i = from; i < to; i++) {
                int r = rows[i];
                products.get(i * out, row, 0, out);
                if (irDrop) {
                    mac.loads().get(i * out, loads, 0, out);
                    mac.dropped().get(i * out, dropped, 0, out);
                    for (int j = 0; j < out; j++) {
                        row[j] = MacNonIdealities.irDrop(row[j], loads[j], dropped[j], mac.loadScale(), irDropScale);
                    }
                }
                if (weightNoise) {
                    addWeightNoise(row, out, mac, i, sampler, draws, levels);
                }
                if (noise) {
                    sampler.fill(draws, out);
                    for (int j = 0; j < out; j++) {
                        row[j] = row[j] * macToAdc + draws[j] * noiseInAdcSteps;
                    }
                } else if (macToAdc != 1f) {
                    for (int j = 0; j < out; j++) {
                        row[j] *= macToAdc;
                    }
                }
                float extreme = testsNegativeBound ? absMax(row, out) : max(row, out);
                float peak = testsNegativeBound ? extreme : Math.max(extreme, -min(row, out));
                if (roundOutputs) {
                    roundInPlace(row, out, peak);
                    extreme = (float) Math.rint(extreme);
                    peak = (float) Math.rint(peak);
                }
                within[i] = extreme <= outputLimit;
                if (peak > outputLimit) {
                    clipInPlace(row, out, outputLimit);
                }
                float rowScale = state.zero[r] ? 0f : state.scale[r] * state.reduction[r] * outputUnit;
                scaleInPlace(row, out, rowScale, columnScales, columnOffsets);
                result.put(r * out, row, 0, out);
            }
        });
        return within;
    }

    /** row + level · N(0, 1) · w_noise, the level of row i being one value for the row or one per output. */
    private void addWeightNoise(float[] row, int out, MacOutputs mac, int i, NormalSampler sampler, float[] draws,
                                float[] levels) {
        sampler.fill(draws, out);
        if (mac.levelWidth() == 1) {
            float level = mac.levels().get(i);
            for (int j = 0; j < out; j++) {
                row[j] = row[j] + level * draws[j] * weightNoiseScale;
            }
        } else {
            mac.levels().get(i * out, levels, 0, out);
            for (int j = 0; j < out; j++) {
                row[j] = row[j] + levels[j] * draws[j] * weightNoiseScale;
            }
        }
    }

    /** row · rowScale · columnScales + columnOffsets, in that order of float operations, in one pass. */
    private static void scaleInPlace(float[] row, int out, float rowScale, float[] columnScales,
                                     float[] columnOffsets) {
        if (columnScales != null && columnOffsets != null) {
            for (int j = 0; j < out; j++) {
                row[j] = row[j] * rowScale * columnScales[j] + columnOffsets[j];
            }
        } else if (columnScales != null) {
            for (int j = 0; j < out; j++) {
                row[j] = row[j] * rowScale * columnScales[j];
            }
        } else if (columnOffsets != null) {
            for (int j = 0; j < out; j++) {
                row[j] = row[j] * rowScale + columnOffsets[j];
            }
        } else {
            for (int j = 0; j < out; j++) {
                row[j] *= rowScale;
            }
        }
    }

    private static FloatBuffer floatsOrNull(NDArray array) {
        return array == null ? null : floats(array);
    }

    /** The float data of a CPU tensor, read through (contiguous) or a copy (otherwise), in native byte order. */
    private static FloatBuffer floats(NDArray array) {
        return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /**
     * Rounds values[0, length) half to even, as the tensor engine's round does, and returns the rounded peak. Below
     * 2^22 adding and subtracting 1.5·2^23 rounds exactly and vectorises; larger values use rint.
     */
    private static float roundInPlace(float[] values, int length, float peak) {
        if (peak < ROUNDING_LIMIT) {
            for (int k = 0; k < length; k++) {
                values[k] = (values[k] + ROUNDING_SHIFT) - ROUNDING_SHIFT;
            }
        } else {
            for (int k = 0; k < length; k++) {
                values[k] = (float) Math.rint(values[k]);
            }
        }
        return (float) Math.rint(peak);
    }

    private static void clipInPlace(float[] values, int length, float limit) {
        for (int k = 0; k < length; k++) {
            float value = values[k];
            values[k] = value > limit ? limit : value < -limit ? -limit : value;
        }
    }

    /** The largest |x| of values[0, length), 0 if there are none (NaN is passed over). */
    static float absMax(float[] values, int length) {
        return absMax(values, 0, length);
    }

    /** The same for values[from, from + length). */
    static float absMax(float[] values, int from, int length) {
        float max = 0f;
        for (int j = from; j < from + length; j++) {
            float a = Math.abs(values[j]);
            max = a > max ? a : max;
        }
        return max;
    }

    private static float max(float[] values, int length) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < length; j++) {
            max = values[j] > max ? values[j] : max;
        }
        return max;
    }

    private static float min(float[] values, int length) {
        float min = Float.POSITIVE_INFINITY;
        for (int j = 0; j < length; j++) {
            min = values[j] < min ? values[j] : min;
        }
        return min;
    }

    private static int chunkRows(int rowLength) {
        return Math.max(1, CHUNK_ELEMENTS / Math.max(1, rowLength));
    }

    private static int chunkCount(int rows, int rowLength) {
        int chunkRows = chunkRows(rowLength);
        return (rows + chunkRows - 1) / chunkRows;
    }

    private interface ChunkWork {
        void run(int chunk, int fromRow, int toRow);
    }

    /**
     * Runs work over rows [0, rows) in chunks of about CHUNK_ELEMENTS values on the common pool. The chunks depend
     * only on the shape, so per-chunk random streams give the same numbers however the chunks are scheduled.
     */
    private static void inChunks(int rows, int rowLength, ChunkWork work) {
        int chunkRows = chunkRows(rowLength);
        IntStream.range(0, chunkCount(rows, rowLength)).parallel()
                .forEach(c -> work.run(c, c * chunkRows, Math.min(rows, (c + 1) * chunkRows)));
    }
}
