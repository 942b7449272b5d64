package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;

/**
 * Piecewise-linear interpolation with numpy {@code interp} semantics (end values held outside the grid), batched:
 * the curve is written as a sum of hinges {@code y0 + sum_k (slope_k - slope_{k-1}) * max(x - x_k, 0)} on the
 * clipped input, so the loop runs over grid segments, never over elements.
 */
final class PiecewiseLinear {
    private final double[] xs;
    private final double[] ys;
    private final double[] slopeChanges;
    private final double minY;
    private final double maxY;

    PiecewiseLinear(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("interpolation needs at least 2 points and as many x as y values");
        }
        for (int k = 1; k < xs.length; k++) {
            if (!(xs[k] > xs[k - 1])) {
                throw new IllegalArgumentException("interpolation grid must be strictly ascending");
            }
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.minY = java.util.Arrays.stream(ys).min().orElseThrow();
        this.maxY = java.util.Arrays.stream(ys).max().orElseThrow();
        this.slopeChanges = new double[xs.length - 1];
        double previous = 0.0;
        for (int k = 0; k < xs.length - 1; k++) {
            double slope = (ys[k + 1] - ys[k]) / (xs[k + 1] - xs[k]);
            slopeChanges[k] = slope - previous;
            previous = slope;
        }
    }

    double minX() {
        return xs[0];
    }

    double maxX() {
        return xs[xs.length - 1];
    }

    /** Interpolates elementwise; the result belongs to the manager of {@code x}. */
    NDArray apply(NDArray x) {
        try (Scope scope = Scope.of(x)) {
            NDArray clipped = x.clip((float) minX(), (float) maxX());
            NDArray y = clipped.zerosLike().add((float) ys[0]);
            for (int k = 0; k < slopeChanges.length; k++) {
                if (slopeChanges[k] != 0.0) {
                    y = y.add(clipped.sub((float) xs[k]).maximum(0f).mul((float) slopeChanges[k]));
                }
            }
            // Interpolated values lie within the tabulated ones; the clip removes float32 cancellation residue.
            return scope.keep(y.clip((float) minY, (float) maxY));
        }
    }

    double apply(double x) {
        double clipped = Math.min(Math.max(x, minX()), maxX());
        double y = ys[0];
        for (int k = 0; k < slopeChanges.length; k++) {
            y += slopeChanges[k] * Math.max(clipped - xs[k], 0.0);
        }
        return Math.min(Math.max(y, minY), maxY);
    }
}
