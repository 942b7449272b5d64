package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** A polynomial with coefficients in ascending power order (c0 first), as aihwkit lists them. */
final class Polynomial {
    private final double[] coefficients;
    private final float[] floatCoefficients;

    Polynomial(List<Double> coefficients) {
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("a polynomial needs at least one coefficient");
        }
        this.coefficients = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        this.floatCoefficients = new float[this.coefficients.length];
        for (int i = 0; i < this.coefficients.length; i++) {
            floatCoefficients[i] = (float) this.coefficients[i];
        }
    }

    double apply(double x) {
        double y = 0.0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            y = y * x + coefficients[i];
        }
        return y;
    }

    /** Evaluates in float (Horner), with the float operations of the elementwise form below. */
    float apply(float x) {
        float y = floatCoefficients[floatCoefficients.length - 1];
        for (int i = floatCoefficients.length - 2; i >= 0; i--) {
            y = y * x + floatCoefficients[i];
        }
        return y;
    }

    /** Evaluates elementwise (Horner); the result belongs to the manager of {@code x}. */
    NDArray apply(NDArray x) {
        try (Scope scope = Scope.of(x)) {
            NDArray y = x.zerosLike().add((float) coefficients[coefficients.length - 1]);
            for (int i = coefficients.length - 2; i >= 0; i--) {
                y = y.mul(x).add((float) coefficients[i]);
            }
            return scope.keep(y);
        }
    }
}
