package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.analog.device.DriftedWeights;
import org.driftlab.analog.device.NoiseModel;
import org.driftlab.analog.device.NoiseModels;
import org.driftlab.analog.device.ProgrammedWeights;
import org.driftlab.analog.hwa.InputRange;
import org.driftlab.analog.hwa.WeightModifier;
import org.driftlab.config.IoParameters;
import org.driftlab.config.RpuConfig;

/**
 * One crossbar tile for inference (aihwkit's InferenceTileWithPeriphery, spec section 8): holds the target (reference)
 * weights in tile units, programmes them once with the device noise model, drifts them to any time after
 * programming, and computes the forward with the IO pipeline, the mapping scales and the drift-compensation factor.
 */
public final class AnalogTile implements AutoCloseable {
    private static final float[] NO_COMPENSATION = {1f};

    private final NDManager manager;
    private final AnalogMvm mvm;
    private final NoiseModel noiseModel;
    private final DriftCompensation compensation;
    private final WeightModifier modifier;
    private final InputRange inputRange;
    private NDArray mappingScales;
    private final int inSize;
    private final int outSize;
    private NDArray reference;
    private NDArray weights;
    private ProgrammedWeights programmed;
    private DriftedWeights drifted;
    private NDManager programming;
    private NDArray baseline;
    private NDArray alpha;
    // Host copies of the mapping scales and the compensation factor, which every forward multiplies by.
    private float[] mappingScaleValues;
    private float[] alphaValues = {1f};
    private boolean compensationApplied = true;

    /**
     * @param tileWeights   the normalised weights [out, in], copied into the tile
     * @param mappingScales the digital output scales [out] that bring tile units back to layer units
     * @param rng           draws the tile's fixed periphery deviations
     */
    public AnalogTile(RpuConfig config, NDArray tileWeights, NDArray mappingScales, NDManager parent, Rng rng) {
        this.manager = parent.newSubManager();
        this.outSize = (int) tileWeights.getShape().get(0);
        this.inSize = (int) tileWeights.getShape().get(1);
        this.mvm = new AnalogMvm(config.forward(), inSize, outSize, manager, rng);
        this.noiseModel = NoiseModels.create(config);
        this.compensation = new DriftCompensation(config.driftCompensation().type());
        this.modifier = new WeightModifier(config.modifier());
        this.inputRange = config.prePost().inputRange().enable()
                ? new InputRange(config.prePost().inputRange(), manager) : null;
        NDArray row = mappingScales.reshape(1, outSize);
        this.mappingScales = own(row);
        this.mappingScaleValues = row.toFloatArray();
        row.close();
        this.reference = own(tileWeights);
        this.weights = reference;
        this.alpha = manager.create(1f);
    }

    private NDArray own(NDArray array) {
        NDArray copy = array.duplicate();
        copy.attach(manager);
        return copy;
    }

    public int inSize() {
        return inSize;
    }

    public int outSize() {
        return outSize;
    }

    /**
     * Replaces the target weights (tile units), as training does. As in aihwkit, a programmed state is kept until the
     * next programming; a tile never programmed reads the new weights at once.
     */
    public void setReferenceWeights(NDArray tileWeights) {
        replaceReference(own(tileWeights));
    }

    /**
     * Sets the target weights from a block in layer units, divided by the mapping scales, as training does before
     * every forward; the quotient is the tile's own (no further copy).
     */
    public void setLayerWeights(NDArray layerBlock) {
        NDArray tileWeights = layerBlock.div(mappingScales.transpose());
        tileWeights.attach(manager);
        replaceReference(tileWeights);
    }

    private void replaceReference(NDArray owned) {
        NDArray old = reference;
        reference = owned;
        if (programmed == null) {
            weights = reference;
        }
        old.close();
    }

    /**
     * Replaces the target weights and the mapping scales together, as a remap after a training step does (spec 6.4):
     * the product of the two, the layer's weights, stays as it was.
     */
    public void remap(NDArray tileWeights, NDArray scales) {
        setReferenceWeights(tileWeights);
        NDArray row = scales.reshape(1, outSize);
        NDArray old = mappingScales;
        mappingScales = own(row);
        mappingScaleValues = row.toFloatArray();
        row.close();
        old.close();
    }

    /** Programmes the reference weights: programming noise only; measures the drift-compensation baseline. */
    public void program(Rng rng) {
        releaseDrifted();
        if (programming != null) {
            programming.close();
        }
        programming = manager.newSubManager();
        try (NDScope ignored = new NDScope()) {
            NDArray target = reference.duplicate();
            target.attach(programming);
            programmed = noiseModel.program(target, rng);
            weights = programmed.weights();
            keep(programmed.weights(), programmed.target().params().scaleRatio(), programmed.target().params().offset());
            keep(programmed.target().slices(), programmed.programmedSlices(), programmed.driftParams());
            ProgrammedWeights.DriftStart start = programmed.driftStart();
            keep(start.devices(), start.readNoiseLevels());
            keep(start.params().scaleRatio(), start.params().offset());
            if (compensation.isActive()) {
                baseline = compensation.usesExactReference()
                        ? compensationReadout(reference, true, rng) : compensationReadout(weights, false, rng);
                baseline.attach(programming);
                keep(baseline);
            }
        }
    }

    /** Takes arrays out of the enclosing NDScope, so that the tile's state outlives it. */
    private static void keep(NDArray... arrays) {
        for (NDArray array : arrays) {
            if (array != null) {
                NDScope.unregister(array);
            }
        }
    }

    @SafeVarargs
    private static void keep(List<NDArray>... lists) {
        for (List<NDArray> list : lists) {
            list.forEach(NDScope::unregister);
        }
    }

    private void releaseDrifted() {
        if (drifted == null) {
            return;
        }
        List<NDArray> kept = new ArrayList<>(programmed.programmedSlices());
        kept.addAll(programmed.driftStart().devices());
        kept.add(programmed.weights());
        List<NDArray> owned = new ArrayList<>(drifted.slices());
        owned.add(drifted.weights());
        for (NDArray array : owned) {
            if (kept.stream().noneMatch(k -> k == array)) {
                array.close();
            }
        }
        drifted = null;
    }

    /**
     * Reads the programmed devices at {@code tInference} seconds after programming: drift and fresh read noise,
     * then a new compensation factor. Programmes first if the tile never was.
     */
    public void drift(double tInference, Rng rng) {
        if (programmed == null) {
            program(rng);
        }
        releaseDrifted();
        try (NDScope ignored = new NDScope()) {
            drifted = noiseModel.drift(programmed, tInference, rng);
            weights = drifted.weights();
            keep(drifted.weights());
            keep(drifted.slices());
            if (compensation.isActive()) {
                NDArray newAlpha = baseline.div(compensationReadout(weights, false, rng));
                newAlpha.attach(manager);
                keep(newAlpha);
                alpha.close();
                alpha = newAlpha;
                alphaValues = newAlpha.toFloatArray();
            }
        }
    }

    /**
     * The compensation readout of tile weights: one-hot inputs through the noisy forward, or the ideal product. The
     * readout belongs to the caller's NDScope (if any); the one-hot outputs are freed here.
     */
    private NDArray compensationReadout(NDArray tileWeights, boolean ideal, Rng rng) {
        NDArray readout;
        try (NDScope ignored = new NDScope()) {
            NDArray outputs = ideal ? tileWeights.transpose() : mvm.forwardOneHot(tileWeights, manager, rng);
            readout = compensation.readout(outputs);
            NDScope.unregister(readout);
            outputs.close();
        }
        NDScope.register(readout);
        return readout;
    }

    /**
     * The tile output in layer units, [batch, out]: input-range clipping, the analog product, the mapping scales
     * and, in evaluation, the drift-compensation factor. Training reads the target weights through the weight
     * modifier (a fresh draw per call, as aihwkit's torch tile does); evaluation reads the current weights. In
     * training, the first init_from_data batches initialise the input range.
     */
    public NDArray forward(NDArray inputs, Rng rng, boolean training) {
        return forward(inputs, rng, training, null, null);
    }

    /**
     * The same, plus {@code offsets} [out] (a digital bias) added to every output row, written {@code into} the
     * given rows [batch, out] ({@link OutputRows}) when they are not null.
     */
    public NDArray forward(NDArray inputs, Rng rng, boolean training, float[] offsets, OutputRows into) {
        try (NDScope ignored = new NDScope()) {
            if (training && inputRange != null) {
                inputRange.initialiseFromData(inputs);
            }
            NDArray x = inputRange == null ? inputs : inputRange.normalise(inputs);
            Reading read = read(training, rng);
            NDArray y = mvm.forward(read.weights(), x, rng, training, outputScales(read.alpha()), offsets, into);
            NDScope.unregister(y);
            return y;
        }
    }

    /**
     * Whether the tile can read its input vectors from {@link InputRows}: fused IO on the CPU, and no input range
     * or one that only normalises (in evaluation; in training it learns from the whole input matrix).
     */
    boolean readsInputRows(boolean training) {
        return mvm.fusesOnCpu() && (inputRange == null || !training);
    }

    /**
     * The forward on input vectors read from {@code inputs}, [rows, out] in {@code target} or written {@code into}
     * given rows ({@link OutputRows}); only where {@link #readsInputRows}.
     */
    NDArray forward(InputRows inputs, int rows, NDManager target, Rng rng, boolean training, float[] offsets,
                    OutputRows into) {
        try (NDScope ignored = new NDScope()) {
            InputRows x = inputRange == null ? inputs : normalised(inputs);
            Reading read = read(training, rng);
            NDArray y = mvm.forward(read.weights(), x, rows, target, rng, outputScales(read.alpha()), offsets,
                    into);
            NDScope.unregister(y);
            return y;
        }
    }

    /**
     * The input vectors clipped at the input range and divided by it, with the float operations of
     * {@link InputRange#normalise}.
     */
    private InputRows normalised(InputRows inputs) {
        float range = (float) inputRange.value();
        float limit = Math.abs(range);
        return (row, dst) -> {
            inputs.read(row, dst);
            for (int k = 0; k < inSize; k++) {
                dst[k] = Math.min(Math.max(dst[k], -limit), limit) / range;
            }
        };
    }

    /**
     * What a forward reads: in training the targets through the weight modifier, in evaluation the current weights
     * (through the modifier where it stays on in evaluation) with the drift-compensation factor.
     *
     * @param alpha what the outputs are multiplied by for drift compensation: one value, or one per output
     */
    private record Reading(NDArray weights, float[] alpha) {
    }

    private Reading read(boolean training, Rng rng) {
        Reading read;
        if (training && modifier.readsDeviceModel()) {
            read = deviceModelReading(rng);
        } else if (training) {
            read = new Reading(reference, NO_COMPENSATION);
        } else {
            read = new Reading(weights, compensation.isActive() && compensationApplied ? alphaValues : NO_COMPENSATION);
        }
        if ((training || modifier.activeInEval()) && !modifier.isIdentity()) {
            read = new Reading(modifier.apply(read.weights(), rng), read.alpha());
        }
        return read;
    }

    /**
     * The device_model modifier (DriftLab's own, not aihwkit's): the targets programmed afresh and drifted to
     * {@code modifier.pcm_t_inference} by this tile's own noise model, with the compensation factor evaluation would
     * measure then, so that the training forward is the evaluation forward at that time.
     */
    private Reading deviceModelReading(Rng rng) {
        double time = modifier.parameter().pcmTInference();
        ProgrammedWeights fresh = noiseModel.program(reference, rng);
        if (!compensation.isActive()) {
            return new Reading(noiseModel.drift(fresh, time, rng).weights(), NO_COMPENSATION);
        }
        NDArray base = compensation.usesExactReference()
                ? compensationReadout(reference, true, rng) : compensationReadout(fresh.weights(), false, rng);
        NDArray drifted = noiseModel.drift(fresh, time, rng).weights();
        return new Reading(drifted, base.div(compensationReadout(drifted, false, rng)).toFloatArray());
    }

    /**
     * What each tile output is multiplied by to bring it to layer units, [out]: the input range (which the
     * normalised inputs were divided by), the mapping scales and the drift-compensation factor {@code alpha}.
     */
    private float[] outputScales(float[] alpha) {
        float[] scales = mappingScaleValues.clone();
        if (inputRange != null) {
            float range = (float) inputRange.value();
            for (int j = 0; j < outSize; j++) {
                scales[j] *= range;
            }
        }
        for (int j = 0; j < outSize; j++) {
            scales[j] *= alpha[alpha.length == 1 ? 0 : j];
        }
        return scales;
    }

    /** The forward's IO parameters. */
    public IoParameters ioParameters() {
        return mvm.parameters();
    }

    /** The target weights in tile units. */
    public NDArray referenceWeights() {
        return reference;
    }

    /** The weights the forward reads now: target, programmed or drifted. */
    public NDArray currentWeights() {
        return weights;
    }

    /** The mapping scales, [1, out]. */
    public NDArray mappingScales() {
        return mappingScales;
    }

    /** The programmed state, or null before the first programming. */
    public ProgrammedWeights programmed() {
        return programmed;
    }

    /** The last drifted state, or null when not drifted since programming. */
    public DriftedWeights drifted() {
        return drifted;
    }

    /**
     * Whether evaluation multiplies by the compensation factor (it is measured either way): off, a drifted tile
     * shows what compensation buys.
     */
    public void setCompensationApplied(boolean applied) {
        compensationApplied = applied;
    }

    /** The input range, or null when it is disabled. */
    public InputRange inputRange() {
        return inputRange;
    }

    /** The drift-compensation factor: a scalar, or [out] for per-column compensation. */
    public NDArray alpha() {
        return alpha;
    }

    @Override
    public void close() {
        manager.close();
    }
}
