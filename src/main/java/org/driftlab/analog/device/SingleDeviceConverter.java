package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * One device per weight, an affine min-max map of the tile onto [g_min, g_max] (spec 1.4). aihwkit processes its
 * single tensor row by row, which is the same as this elementwise map.
 */
public final class SingleDeviceConverter implements ConductanceConverter {
    public static final double DEFAULT_G_MAX = 88.199997;
    public static final double DEFAULT_G_MIN = 9.0;

    private final double gMax;
    private final double gMin;

    public SingleDeviceConverter(double gMax, double gMin) {
        ConverterChecks.range(gMin, gMax);
        this.gMax = gMax;
        this.gMin = gMin;
    }

    public double gMax() {
        return gMax;
    }

    public double gMin() {
        return gMin;
    }

    @Override
    public double lowestConductance() {
        return gMin;
    }

    @Override
    public double highestConductance() {
        return gMax;
    }

    @Override
    public Conductances toConductances(NDArray weights) {
        try (Scope scope = Scope.of(weights)) {
            NDArray min = weights.min();
            // aihwkit divides by (max - min) unguarded; a constant tile would give inf, so the span is floored.
            NDArray span = weights.max().sub(min).maximum(ConverterChecks.ZERO_CLIP);
            NDArray scaleRatio = scope.scalar(gMax - gMin).div(span);
            NDArray g = weights.sub(min).mul(scaleRatio).add((float) gMin);
            return new Conductances(List.of(scope.keep(g)),
                    new Conductances.Params(scope.keep(scaleRatio), scope.keep(min)));
        }
    }

    @Override
    public NDArray toWeights(List<NDArray> slices, Conductances.Params params) {
        if (slices.size() != 1) {
            throw new IllegalArgumentException("a single device needs exactly 1 slice, got " + slices.size());
        }
        try (Scope scope = Scope.of(slices.get(0), params.scaleRatio(), params.offset())) {
            return scope.keep(slices.get(0).sub((float) gMin).div(params.scaleRatio()).add(params.offset()));
        }
    }

    @Override
    public int sliceCount() {
        return 1;
    }
}
