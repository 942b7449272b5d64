package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;

/**
 * The fixed digital factors on a network's logits: one for all classes, or one per class. Both are 1 unless
 * {@link ScaleFolding} moved the weights' scales there; per class where it folded each row of the last layer by its
 * own factor.
 */
public final class OutputScale {
    public static final OutputScale ONE = new OutputScale(new float[] {1f});

    private final float[] factors;

    private OutputScale(float[] factors) {
        for (float factor : factors) {
            if (!(factor > 0) || Float.isInfinite(factor)) {
                throw new IllegalArgumentException("every output factor must be a finite positive number, got "
                        + Arrays.toString(factors));
            }
        }
        this.factors = factors.clone();
    }

    /** One factor for all classes. */
    public static OutputScale of(float factor) {
        return new OutputScale(new float[] {factor});
    }

    /** One factor for all classes (one value) or one per class. */
    public static OutputScale of(float[] factors) {
        if (factors.length == 0) {
            throw new IllegalArgumentException("an output scale needs at least one factor");
        }
        return new OutputScale(factors);
    }

    public float[] factors() {
        return factors.clone();
    }

    public boolean isOne() {
        return factors.length == 1 && factors[0] == 1f;
    }

    public boolean perClass() {
        return factors.length > 1;
    }

    /** These factors times one per class. */
    public OutputScale times(float[] perClass) {
        if (perClass() && perClass.length != factors.length) {
            throw new IllegalArgumentException(factors.length + " output factors cannot take " + perClass.length);
        }
        float[] product = new float[perClass.length];
        for (int k = 0; k < perClass.length; k++) {
            product[k] = (perClass() ? factors[k] : factors[0]) * perClass[k];
        }
        return of(product);
    }

    /** The logits [batch, classes] times the factors. */
    NDArray apply(NDArray logits) {
        if (!perClass()) {
            return logits.mul(factors[0]);
        }
        return logits.mul(logits.getManager().create(factors).reshape(1, factors.length));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputScale scale && Arrays.equals(factors, scale.factors);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(factors);
    }

    @Override
    public String toString() {
        return perClass() ? Arrays.toString(factors) : Float.toString(factors[0]);
    }
}
