package org.driftlab.analog.device;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of devices whose conductances follow tabulated curves g(w) on an even weight grid (spec 1.3). The grid
 * spans [-max|W|, +max|W|] of the tile, so interpolation runs on W / max|W| over linspace(-1, 1, M).
 */
public final class CustomPairConverter implements ConductanceConverter {
    private final double[] factors;
    private final List<PiecewiseLinear> curves;
    private final double maxWeightUs;
    private final double gMax;
    private final double gMin;
    private final double lowestConductance;
    private final double highestConductance;

    public CustomPairConverter(List<Double> factors, List<List<Double>> gLst, double gMax, double gMin) {
        ConverterChecks.range(gMin, gMax);
        if (gLst.isEmpty() || gLst.size() % 2 != 0) {
            throw new IllegalArgumentException("g_lst must hold an even, non-zero number of conductance lists");
        }
        if (2 * factors.size() != gLst.size()) {
            throw new IllegalArgumentException("f_lst needs one factor for every pair of lists in g_lst ("
                    + factors.size() + " factors, " + gLst.size() + " lists)");
        }
        int points = gLst.get(0).size();
        if (points < 2 || gLst.stream().anyMatch(g -> g.size() != points)) {
            throw new IllegalArgumentException("every g_lst list must have the same length of at least 2");
        }
        this.factors = factors.stream().mapToDouble(Double::doubleValue).toArray();
        this.gMax = gMax;
        this.gMin = gMin;
        double[] grid = new double[points];
        for (int m = 0; m < points; m++) {
            grid[m] = -1.0 + 2.0 * m / (points - 1);
        }
        double maxUs = 0.0;
        for (int m = 0; m < points; m++) {
            double us = 0.0;
            for (int k = 0; k < this.factors.length; k++) {
                us += this.factors[k] * (gLst.get(2 * k).get(m) - gLst.get(2 * k + 1).get(m));
            }
            maxUs = Math.max(maxUs, Math.abs(us));
        }
        this.maxWeightUs = maxUs;
        this.curves = new ArrayList<>();
        for (List<Double> g : gLst) {
            curves.add(new PiecewiseLinear(grid, g.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        this.lowestConductance = gLst.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min()
                .orElseThrow();
        this.highestConductance = gLst.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max()
                .orElseThrow();
        checkInvertible();
    }

    /** The smallest conductance any curve of g_lst reaches (µS). */
    @Override
    public double lowestConductance() {
        return lowestConductance;
    }

    /** The largest conductance any curve of g_lst reaches (µS). */
    @Override
    public double highestConductance() {
        return highestConductance;
    }

    public double gMax() {
        return gMax;
    }

    public double gMin() {
        return gMin;
    }

    /** aihwkit's invertibility test: linspace(-1, 1, 5) must survive a round trip within 1e-4. */
    private void checkInvertible() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            NDArray weights = manager.linspace(-1f, 1f, 5);
            Conductances conductances = toConductances(weights);
            NDArray back = toWeights(conductances.slices(), conductances.params());
            float[] expected = weights.toFloatArray();
            float[] actual = back.toFloatArray();
            for (int i = 0; i < expected.length; i++) {
                if (!(Math.abs(expected[i] - actual[i]) <= 1e-4)) {
                    throw new IllegalArgumentException("custom pair converter is not invertible: weight "
                            + expected[i] + " comes back as " + actual[i] + " (check that g_lst describes a "
                            + "monotonic g(w) whose pairs reproduce an even weight grid)");
                }
            }
        }
    }

    @Override
    public Conductances toConductances(NDArray weights) {
        try (Scope scope = Scope.of(weights)) {
            NDArray maxAbs = weights.abs().max().maximum(ConverterChecks.ZERO_CLIP);
            NDArray scaleRatio = scope.scalar(maxWeightUs).div(maxAbs);
            NDArray relative = weights.div(maxAbs);
            List<NDArray> slices = new ArrayList<>();
            for (PiecewiseLinear curve : curves) {
                slices.add(scope.keep(curve.apply(relative)));
            }
            return new Conductances(slices, new Conductances.Params(scope.keep(scaleRatio), null));
        }
    }

    @Override
    public NDArray toWeights(List<NDArray> slices, Conductances.Params params) {
        return WeightedPairs.toWeights(slices, params, factors);
    }

    @Override
    public int sliceCount() {
        return 2 * factors.length;
    }
}
