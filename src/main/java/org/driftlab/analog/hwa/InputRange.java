package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.driftlab.config.InputRangeParameter;

/**
 * The input range in front of the DAC (spec 6.6 and 9.4): clipping and normalisation of the tile input, the data
 * initialisation of the range during training, and the RPUCuda gradient of the range.
 * Autograd wiring (registering the range as a parameter, adding {@link #rangeGradient} to its gradient) belongs to
 * training.
 */
public final class InputRange {
    private final InputRangeParameter parameter;
    private final NDArray range;
    private int updateIndex;
    // The optimizer's state for the range: momentum (SGD) or the two moments and the step count (Adam).
    private double firstMoment;
    private double secondMoment;
    private int steps;

    /** The range starts at init_value as a scalar float32 array owned by {@code manager}. */
    public InputRange(InputRangeParameter parameter, NDManager manager) {
        this.parameter = parameter;
        this.range = manager.create((float) parameter.initValue());
    }

    public InputRangeParameter parameter() {
        return parameter;
    }

    /** The live range value ir (a scalar array); data initialisation updates it in place. */
    public NDArray range() {
        return range;
    }

    /** How many batches have initialised the range so far. */
    public int updateIndex() {
        return updateIndex;
    }

    /** The range as a number. */
    public double value() {
        return range.getFloat();
    }

    /**
     * Sets the range, e.g. from a checkpoint, and counts the data initialisation as done, so that further training
     * continues from it.
     */
    public void restore(double value) {
        range.set(new float[] {(float) value});
        updateIndex = Math.max(updateIndex, parameter.initFromData());
    }

    /** One optimizer step on the range with this gradient (a scalar array). */
    public void step(NDArray gradient, RangeStep rule) {
        double g = gradient.getFloat();
        double delta;
        if (rule.adam()) {
            steps++;
            firstMoment = RangeStep.BETA1 * firstMoment + (1 - RangeStep.BETA1) * g;
            secondMoment = RangeStep.BETA2 * secondMoment + (1 - RangeStep.BETA2) * g * g;
            double corrected = firstMoment / (1 - Math.pow(RangeStep.BETA1, steps));
            double scale = Math.sqrt(secondMoment / (1 - Math.pow(RangeStep.BETA2, steps)));
            delta = rule.learningRate() * corrected / (scale + RangeStep.EPSILON);
        } else {
            firstMoment = rule.momentum() * firstMoment + g;
            delta = rule.learningRate() * firstMoment;
        }
        range.set(new float[] {(float) (value() - delta)});
    }

    /** clip(x, -|ir|, |ir|) / ir, in the manager of x. */
    public NDArray normalise(NDArray x) {
        NDManager owner = x.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, x);
            NDArray ir = localRange(scope);
            NDArray result = NdMath.clipSymmetric(x, ir.abs()).div(ir);
            result.attach(owner);
            return result;
        }
    }

    /**
     * Training only: while idx < init_from_data, ir ← (ir·idx + init_std_alpha·std(x))/(idx+1) and idx++ when the
     * sample std (n - 1) over the whole batch is positive, then ir = |ir|. As in aihwkit, a batch with zero std does
     * not advance the counter.
     */
    public void initialiseFromData(NDArray batch) {
        if (updateIndex >= parameter.initFromData()) {
            return;
        }
        NDManager owner = batch.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, batch);
            NDArray ir = localRange(scope);
            NDArray std = NdMath.sampleStd(batch);
            if (std.getFloat() > 0) {
                ir = ir.mul((float) updateIndex).add(std.mul((float) parameter.initStdAlpha()))
                        .div((float) (updateIndex + 1));
                updateIndex++;
            }
            range.intern(ir.abs().toDevice(range.getDevice(), false));
        }
    }

    /**
     * The RPUCuda gradient of ir (spec 9.4 steps 1-4), a scalar to be added to the range's gradient.
     *
     * @param gradNormalisedInput d, the gradient with respect to the normalised tile input
     * @param originalInput x, the tile input before clipping and normalisation
     * @param outputs the tile outputs before any rescaling, used only by manage_output_clipping (may be null)
     * @param outBound out_scale·out_bound of the forward; the 0.999 margin is applied here; ≤ 0 means no bound
     * @return the gradient, in the manager of {@code gradNormalisedInput}
     */
    public NDArray rangeGradient(NDArray gradNormalisedInput, NDArray originalInput, NDArray outputs, double outBound) {
        NDManager owner = gradNormalisedInput.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, gradNormalisedInput, originalInput, outputs);
            NDArray ir = localRange(scope);
            NDArray d = gradNormalisedInput;
            NDArray x = originalInput;

            NDArray atUpper = d.mul(NdMath.indicator(x.gte(ir))).minimum(0f).sum();
            NDArray atLower = d.mul(NdMath.indicator(x.lte(ir.neg()))).maximum(0f).sum();
            NDArray grad = atUpper.sub(atLower);

            if (parameter.gradientRelative()) {
                grad = grad.mul(ir).mul((float) parameter.gradientScale());
            }
            if (parameter.manageOutputClipping() && outputs != null && outBound > 0) {
                // Quirk reproduced from aihwkit: the clipped-output fraction divides by the input gradient's size.
                float bound = (float) (0.999 * outBound);
                NDArray clipped = outputs.gte(bound).logicalOr(outputs.lte(-bound));
                NDArray outputShare = NdMath.indicator(clipped).sum().div((float) d.size()).neg().add(1f);
                NDArray tooManyClipped = NdMath.indicator(outputShare.lt((float) parameter.outputMinPercentage()));
                grad = grad.sub(outputShare.neg().add(1f).mul(ir).mul(tooManyClipped));
            }
            if (parameter.decay() > 0) {
                NDArray insideShare = NdMath.indicator(x.abs().lt(ir)).mean();
                NDArray fewClipped = NdMath.indicator(insideShare.gt((float) parameter.inputMinPercentage()));
                grad = grad.add(ir.mul((float) parameter.decay()).mul(fewClipped));
            }
            grad.attach(owner);
            return grad;
        }
    }

    /**
     * A copy of ir in the scope (and on its device), so that results land in the scope, not in ir's manager. Detached:
     * with RPUCuda semantics ir's gradient comes only from {@link #rangeGradient}.
     */
    private NDArray localRange(NDManager scope) {
        NDArray copy = range.toDevice(scope.getDevice(), true);
        copy.attach(scope);
        return copy.stopGradient();
    }
}
