package org.driftlab.analog.hwa;

/**
 * How a learned input range moves after each backward: the training optimizer's rule applied to that one number, as
 * aihwkit hands the range to the model's optimizer. Adam (β 0.9, 0.999, ε 1e-8, no weight decay) for AdamW
 * training, SGD with momentum otherwise, both at the base learning rate.
 */
public record RangeStep(boolean adam, double learningRate, double momentum) {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    /** A plain gradient step, ir ← ir − lr·g. */
    public static RangeStep sgd(double learningRate) {
        return new RangeStep(false, learningRate, 0);
    }
}
