package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.BoundManagement;
import org.driftlab.config.IoParameters;
import org.driftlab.config.MvType;
import org.driftlab.config.NoiseManagement;
import org.driftlab.config.Resolution;

/**
 * The analog matrix-vector product of one tile with its IO non-idealities (spec section 7.1 B, following aihwkit's
 * RPUCuda engine): noise management, iterative bound management, DAC, input noise and asymmetry, the analog MAC with
 * IR drop, voltage offsets and output-referred weight noise, then the output stage (non-linearity, asymmetry,
 * output noise, ADC, clipping). Noise and bound management act per input vector, for a whole batch at once.
 */
public final class AnalogMvm {
    private static final double NM_ASSUMED_WMAX = 0.6;
    private static final double NM_DECAY = 1e-3;

    private final IoParameters io;
    private final int inSize;
    private final double dacStep;
    private final double adcStep;
    private final float maxReduction;
    private final OutputVariations variations;
    private final FusedCpuMvm fused;
    private double averageAbsMax = -1;

    public AnalogMvm(IoParameters io, int inSize, int outSize, NDManager manager, Rng rng) {
        this.io = io;
        this.inSize = inSize;
        this.dacStep = Resolution.step(io.inpRes(), io.inpBound());
        this.adcStep = Resolution.step(io.outRes(), io.outBound());
        this.maxReduction = maxReduction(io, dacStep);
        this.variations = OutputVariations.draw(io, inSize, outSize, manager, rng);
        boolean clipInputs = io.inpBound() > 0 && !withinInputBoundByConstruction();
        this.fused = FusedCpuMvm.forParameters(io, variations, dacStep, adcStep, clipInputs);
    }

    public IoParameters parameters() {
        return io;
    }

    /**
     * @param weights  tile weights [out, in]
     * @param inputs   a batch of input vectors [batch, in]
     * @param training whether the running noise-management average may be updated
     * @return the outputs [batch, out], attached to the inputs' manager
     */
    public NDArray forward(NDArray weights, NDArray inputs, Rng rng, boolean training) {
        return forward(weights, inputs, rng, training, null, null);
    }

    /**
     * The outputs times {@code columnScales} plus {@code columnOffsets}, column by column (each [out], or null for
     * none): on the CPU, for the configurations {@link FusedCpuMvm} covers, in the same pass as the output stage.
     */
    public NDArray forward(NDArray weights, NDArray inputs, Rng rng, boolean training, float[] columnScales,
                           float[] columnOffsets) {
        return forward(weights, inputs, rng, training, columnScales, columnOffsets, null);
    }

    /**
     * The same, written {@code into} the given rows [batch, out] ({@link OutputRows}) when they are not null: the
     * fused path writes there directly, the general one copies its result there.
     */
    public NDArray forward(NDArray weights, NDArray inputs, Rng rng, boolean training, float[] columnScales,
                           float[] columnOffsets, OutputRows into) {
        try (NDScope ignored = new NDScope()) {
            NDArray y;
            if (fused != null && FusedCpuMvm.onCpu(inputs)) {
                y = fused.forward(weights, inputs, columnScales, columnOffsets, rng.nextSeed(), into);
            } else {
                y = compute(weights, inputs, rng, training);
                if (columnScales != null) {
                    y = y.mul(y.getManager().create(columnScales, new Shape(1, columnScales.length)));
                }
                if (columnOffsets != null) {
                    y = y.add(y.getManager().create(columnOffsets, new Shape(1, columnOffsets.length)));
                }
                if (into != null) {
                    y = into.copyFrom(y);
                }
            }
            NDScope.unregister(y);
            return y;
        }
    }

    /**
     * The outputs [in, out] for the one-hot input vectors e_0 … e_(in-1), as the drift-compensation readout needs
     * them: on the fused path without building the identity matrix (bit for bit the same), else the forward of it.
     *
     * @param manager where the outputs are created
     */
    public NDArray forwardOneHot(NDArray weights, NDManager manager, Rng rng) {
        if (fused != null && fused.computesOneHot() && FusedCpuMvm.onCpu(weights)) {
            return fused.forwardOneHot(weights, manager, null, null, rng.nextSeed());
        }
        try (NDArray identity = manager.eye(inSize)) {
            return forward(weights, identity, rng, false);
        }
    }

    /**
     * The fused forward on input vectors read from {@code inputs} (convolution patches, say), times
     * {@code columnScales} plus {@code columnOffsets}; only where {@link #fusesOnCpu()}.
     *
     * @param rows    the number of input vectors
     * @param manager where the outputs [rows, out] are created, unless written {@code into} a given array
     * @param into    rows [rows, out] to write the outputs into ({@link OutputRows}), or null
     */
    NDArray forward(NDArray weights, InputRows inputs, int rows, NDManager manager, Rng rng,
                    float[] columnScales, float[] columnOffsets, OutputRows into) {
        if (fused == null) {
            throw new IllegalStateException("these IO parameters need the general path, which reads a matrix");
        }
        return fused.forward(weights, inputs, rows, manager, columnScales, columnOffsets, rng.nextSeed(), into);
    }

    /** Whether forward takes the fused CPU path for inputs on the CPU. */
    boolean fusesOnCpu() {
        return fused != null;
    }

    /** The general path, whatever the parameters and device: the reference the fused path is tested against. */
    NDArray forwardGeneral(NDArray weights, NDArray inputs, Rng rng, boolean training) {
        try (NDScope ignored = new NDScope()) {
            NDArray y = compute(weights, inputs, rng, training);
            NDScope.unregister(y);
            return y;
        }
    }

    private NDArray compute(NDArray weights, NDArray x, Rng rng, boolean training) {
        if (io.isPerfect() || io.mvType() == MvType.IDEAL) {
            return x.matMul(weights.transpose()).mul((float) io.outScale());
        }
        NoiseManagement nmType = io.noiseManagement();
        boolean nm = nmType != NoiseManagement.NONE;
        boolean bm = io.boundManagement() != BoundManagement.NONE;
        NDArray m = nm ? noiseManagementScale(x, nmType, training) : x.getManager().ones(new Shape(x.getShape().get(0), 1));
        NDArray zeroRows = nm && io.inpNoise() <= 0 ? m.lte(0f) : null;
        if (nm) {
            m = NDArrays.where(m.gt(0f), m, m.onesLike());
        }
        PassResult first = analogPass(weights, x, m, rng);
        NDArray result = scaled(first, m);
        if (!bm || settledAfterFirstPass(first)) {
            return maskZeroRows(result, zeroRows);
        }
        // Bound management: only the vectors that clipped are computed again, with a doubled reduction.
        NDArray reduction = m.onesLike();
        NDArray rows = null;
        NDArray stop = first.withinBounds().logicalOr(reductionExhausted(reduction));
        NDArray xs = x;
        for (int round = 1; ; round++) {
            NDArray pending = stop.logicalNot().reshape(-1).nonzero().reshape(-1);
            if (pending.size() == 0) {
                break;
            }
            rows = rows == null ? pending : rows.get(new NDIndex("{}", pending));
            xs = xs.get(new NDIndex("{}", pending));
            m = m.get(new NDIndex("{}", pending));
            reduction = reduction.get(new NDIndex("{}", pending)).mul(2f);
            if (round == 1 && io.boundManagement() == BoundManagement.ITERATIVE_WORST_CASE
                    && nmType != NoiseManagement.ABS_MAX_NP_SUM) {
                m = absMaxNpSum(xs);
                m = NDArrays.where(m.gt(0f), m, m.onesLike());
                reduction = m.onesLike();
            }
            NDArray scale = m.mul(reduction);
            PassResult pass = analogPass(weights, xs, scale, rng);
            result.set(new NDIndex("{}", rows), scaled(pass, scale));
            stop = pass.withinBounds().logicalOr(reductionExhausted(reduction));
        }
        return maskZeroRows(result, zeroRows);
    }

    private NDArray scaled(PassResult pass, NDArray scale) {
        return pass.outputs().mul(scale.mul((float) (pass.unit() * io.outScale())));
    }

    private static NDArray maskZeroRows(NDArray result, NDArray zeroRows) {
        if (zeroRows != null && zeroRows.any().getBoolean()) {
            return select(zeroRows, result.zerosLike(), result);
        }
        return result;
    }

    /** Row-wise choice: rows where the [batch, 1] condition holds come from {@code whenTrue}. */
    private static NDArray select(NDArray rowCondition, NDArray whenTrue, NDArray whenFalse) {
        return NDArrays.where(rowCondition.broadcast(whenTrue.getShape()), whenTrue, whenFalse);
    }

    private static NDArray allRows(NDArray batch) {
        return batch.getManager().ones(new Shape(batch.getShape().get(0), 1), DataType.BOOLEAN);
    }

    /**
     * Whether bound management has nothing to redo after the first pass (reduction 1): every vector stayed within
     * the bound, or a reduction of 1 is already past its limits. The same answer as the loop's first test, with one
     * reduction instead of its masks and index: on a GPU every tensor operation costs a kernel launch.
     */
    private boolean settledAfterFirstPass(PassResult first) {
        return 1f > maxReduction || first.withinBounds().all().getBoolean();
    }

    private NDArray reductionExhausted(NDArray reduction) {
        return reduction.gt(maxReduction);
    }

    /**
     * The largest reduction bound management may reach: max_bm_factor and, with a DAC, max_bm_res DAC steps
     * (spec 6.1). A vector whose reduction is past it is not computed again.
     */
    static float maxReduction(IoParameters io, double dacStep) {
        return dacStep > 0 ? Math.min((float) io.maxBmFactor(), (float) (io.maxBmRes() / dacStep))
                : (float) io.maxBmFactor();
    }

    private NDArray noiseManagementScale(NDArray x, NoiseManagement type, boolean training) {
        double thres = io.nmThres();
        return switch (type) {
            case NONE -> x.getManager().ones(new Shape(x.getShape().get(0), 1));
            case ABS_MAX -> capped(x.abs().max(new int[] {1}, true), thres);
            case MAX -> capped(x.max(new int[] {1}, true), thres);
            case CONSTANT -> x.getManager().full(new Shape(x.getShape().get(0), 1), (float) (thres > 0 ? thres : 1));
            case AVERAGE_ABS_MAX -> averageAbsMax(x, training);
            case ABS_MAX_NP_SUM -> absMaxNpSum(x);
        };
    }

    private static NDArray capped(NDArray scale, double thres) {
        return thres > 0 ? scale.minimum((float) thres) : scale;
    }

    // One running value for the whole batch, updated in training only (aihwkit's CUDA behaviour).
    private NDArray averageAbsMax(NDArray x, boolean training) {
        double batchMax = x.abs().max().getFloat();
        if (averageAbsMax < 0) {
            averageAbsMax = batchMax;
        } else if (training) {
            averageAbsMax = averageAbsMax * (1 - NM_DECAY) + NM_DECAY * batchMax;
        }
        return x.getManager().full(new Shape(x.getShape().get(0), 1), (float) averageAbsMax);
    }

    private NDArray absMaxNpSum(NDArray x) {
        NDArray absMax = capped(x.abs().max(new int[] {1}, true), io.nmThres());
        NDArray positive = x.maximum(0f).sum(new int[] {1}, true);
        NDArray negative = x.minimum(0f).neg().sum(new int[] {1}, true);
        double bound = io.outBound() > 0 ? io.outBound() : 1;
        NDArray npSum = positive.maximum(negative).mul((float) (NM_ASSUMED_WMAX / bound));
        if (dacStep > 0) {
            npSum = npSum.minimum(absMax.mul((float) (io.maxBmRes() / dacStep)));
        }
        return absMax.maximum(npSum);
    }

    /**
     * The outputs of one pass in units of {@code unit} (the real output is outputs · unit), and per input vector
     * whether every output stayed within the bound. Working in converter steps saves passes over the data.
     */
    private record PassResult(NDArray outputs, double unit, NDArray withinBounds) {
    }

    /** Inputs after the DAC in units of {@code unit}: the real input is values · unit. */
    private record Prepared(NDArray values, double unit) {
    }

    private PassResult analogPass(NDArray weights, NDArray x, NDArray scale, Rng rng) {
        Prepared v = prepareInput(x, scale, rng);
        if (io.mvType() == MvType.ONE_PASS) {
            return outputStage(mac(weights, v, rng), v.unit(), rng);
        }
        NDArray negativeWeights = variations.negativeReadFactors() == null
                ? weights : weights.mul(variations.negativeReadFactors());
        NDArray negativePart = mac(negativeWeights, new Prepared(v.values().minimum(0f), v.unit()), rng);
        NDArray positivePart = mac(weights, new Prepared(v.values().maximum(0f), v.unit()), rng);
        if (io.mvType() == MvType.POS_NEG_SEPARATE_DIGITAL_SUM) {
            PassResult negative = outputStage(negativePart, v.unit(), rng);
            PassResult positive = outputStage(positivePart, v.unit(), rng);
            return new PassResult(negative.outputs().add(positive.outputs()), negative.unit(),
                    negative.withinBounds().logicalAnd(positive.withinBounds()));
        }
        return outputStage(negativePart.add(positivePart), v.unit(), rng);
    }

    /**
     * The DAC on x / scale: quantise (in DAC steps), clip to the input bound, add input noise, apply the input
     * asymmetry.
     */
    private Prepared prepareInput(NDArray x, NDArray scale, Rng rng) {
        double unit = dacStep > 0 ? dacStep : 1;
        NDArray v = x.mul(scale.mul((float) unit).pow(-1f));
        if (dacStep > 0) {
            if (io.inpStoRound()) {
                v = v.add(rng.uniform(v.getManager(), -0.5f, 0.5f, v.getShape()));
            }
            v = v.round();
        }
        if (io.inpBound() > 0 && !withinInputBoundByConstruction()) {
            double limit = io.inpBound() / unit;
            v = v.clip(-limit, limit);
        }
        if (io.inpNoise() > 0) {
            v = v.add(rng.normal(v.getManager(), v.getShape()).mul((float) (io.inpNoise() / unit)));
        }
        if (io.inpAsymmetry() != 0) {
            v = NDArrays.where(v.lt(0f), v.mul((float) (1 - io.inpAsymmetry())), v);
        }
        return new Prepared(v, unit);
    }

    /**
     * Abs-max scaling without a threshold keeps |x / scale| ≤ 1 (bound management only divides further), and
     * rounding onto a grid that has ±1 on it cannot leave [-1, 1]: the clip would change nothing.
     */
    private boolean withinInputBoundByConstruction() {
        if (io.noiseManagement() != NoiseManagement.ABS_MAX || io.nmThres() > 0 || io.inpBound() < 1
                || io.inpStoRound()) {
            return false;
        }
        if (dacStep <= 0) {
            return true;
        }
        double stepsToOne = 1 / dacStep;
        return Math.abs(stepsToOne - Math.rint(stepsToOne)) < 1e-9;
    }

    /** The analog MAC in the input's units, with IR drop, voltage offsets and output-referred weight noise. */
    private NDArray mac(NDArray weights, Prepared input, Rng rng) {
        NDArray v = input.values();
        NDArray y = v.matMul(weights.transpose());
        if (MacNonIdealities.hasIrDrop(io)) {
            y = MacNonIdealities.irDrop(io, weights, v, input.unit(), y);
        }
        if (variations.voltageOffsets() != null) {
            y = applyVoltageOffsets(v.mul((float) input.unit()), y.mul((float) input.unit())).div((float) input.unit());
        }
        if (MacNonIdealities.hasWeightNoise(io)) {
            NDArray level = MacNonIdealities.weightNoiseLevel(io, weights, v);
            y = y.add(level.mul(rng.normal(y.getManager(), y.getShape())).mul((float) io.wNoise()));
        }
        return y;
    }

    private NDArray applyVoltageOffsets(NDArray v, NDArray y) {
        NDArray offsets = variations.voltageOffsets();
        double rs = Math.max(io.rSeries(), 0);
        if (io.vOffsetWMin() == 0) {
            NDArray scaled = y.mul(offsets.neg().add(1f));
            return rs == 0 ? scaled : scaled.div(y.abs().mul((float) rs).add(1f));
        }
        NDArray reference = v.sum(new int[] {1}, true).mul((float) -io.vOffsetWMin());
        if (rs == 0) {
            return y.mul(offsets.neg().add(1f)).add(offsets.mul(reference.mul(2f)));
        }
        NDArray shifted = y.add(reference);
        NDArray positive = offsets.neg().add(1f).mul(shifted).div(shifted.abs().mul((float) rs).add(1f));
        NDArray negative = offsets.add(1f).mul(reference).div(reference.abs().mul((float) rs).add(1f));
        return positive.sub(negative);
    }

    /**
     * The output stage on y · unit: non-linearity, asymmetry, output noise, the ADC (in ADC steps), the bound
     * test and clipping. Also reports per input vector whether every output stayed within the bound.
     */
    private PassResult outputStage(NDArray y, double unit, Rng rng) {
        if (variations.nonlinearity() != null) {
            y = y.mul((float) unit);
            unit = 1;
            y = y.mul((float) variations.nonlinearityFactor()).div(y.mul(variations.nonlinearity()).abs().add(1f));
        }
        if (io.outAsymmetry() != 0) {
            y = NDArrays.where(y.lt(0f), y.mul((float) (1 - io.outAsymmetry())), y);
        }
        double outUnit = adcStep > 0 ? adcStep : unit;
        if (outUnit != unit) {
            y = y.mul((float) (unit / outUnit));
        }
        if (variations.outNoiseStd() != null) {
            y = y.add(rng.normal(y.getManager(), y.getShape()).mul(variations.outNoiseStd().div((float) outUnit)));
        } else if (io.outNoise() > 0) {
            y = y.add(rng.normal(y.getManager(), y.getShape()).mul((float) (io.outNoise() / outUnit)));
        }
        if (adcStep > 0) {
            if (io.outStoRound()) {
                y = y.add(rng.uniform(y.getManager(), -0.5f, 0.5f, y.getShape()));
            }
            y = y.round();
        }
        if (io.outBound() <= 0) {
            return new PassResult(y, outUnit, allRows(y));
        }
        float limit = (float) (io.outBound() / outUnit);
        NDArray extreme = io.bmTestNegativeBound() ? y.abs().max(new int[] {1}, true) : y.max(new int[] {1}, true);
        return new PassResult(y.clip(-limit, limit), outUnit, extreme.lte(limit));
    }
}
