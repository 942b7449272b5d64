package org.driftlab.analog;

import ai.djl.ndarray.NDArray;

/** Rule R of the spec (section 6.1): a converter resolution turned into a rounding step on a range of ±bound. */
public final class Quantizer {
    private final double step;
    private final boolean stochastic;

    private Quantizer(double step, boolean stochastic) {
        this.step = step;
        this.stochastic = stochastic;
    }

    /**
     * @param res   above 1: a number of steps; in (0, 1]: a step fraction of the full range; 0 or less: off
     * @param bound the range is ±bound; 0 or less means unbounded, which turns quantisation off (as aihwkit's
     *              engine skips a converter whose step would be 0)
     */
    public static Quantizer of(double res, double bound, boolean stochastic) {
        return new Quantizer(step(res, bound), stochastic);
    }

    public static double step(double res, double bound) {
        if (res <= 0 || bound <= 0) {
            return 0;
        }
        double fraction = res > 1 ? 1 / res : res;
        return fraction * 2 * bound;
    }

    public boolean isOn() {
        return step > 0;
    }

    public double step() {
        return step;
    }

    /** Rounds half to even onto the grid; stochastic rounding adds U(-0.5, 0.5) steps first, as aihwkit does. */
    public NDArray apply(NDArray values, Rng rng) {
        if (step <= 0) {
            return values;
        }
        NDArray scaled = values.div((float) step);
        if (stochastic) {
            scaled = scaled.add(rng.uniform(values.getManager(), -0.5f, 0.5f, values.getShape()));
        }
        return scaled.round().mul((float) step);
    }
}
