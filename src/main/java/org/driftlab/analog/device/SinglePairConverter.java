package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** One pair of devices per weight (spec 1.1): the device on the wrong side of the sign sits at g_min. */
public final class SinglePairConverter implements ConductanceConverter {
    private final double gMax;
    private final double gMin;

    public SinglePairConverter(double gMax, double gMin) {
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
            NDArray maxAbs = weights.abs().max().maximum(ConverterChecks.ZERO_CLIP);
            NDArray scaleRatio = scope.scalar(gMax - gMin).div(maxAbs);
            NDArray scaled = weights.mul(scaleRatio);
            NDArray plus = scaled.clip(0f, (float) gMax).add((float) gMin);
            NDArray minus = scaled.neg().clip(0f, (float) gMax).add((float) gMin);
            return new Conductances(List.of(scope.keep(plus), scope.keep(minus)),
                    new Conductances.Params(scope.keep(scaleRatio), null));
        }
    }

    @Override
    public NDArray toWeights(List<NDArray> slices, Conductances.Params params) {
        if (slices.size() != 2) {
            throw new IllegalArgumentException("a single pair needs exactly 2 slices, got " + slices.size());
        }
        try (Scope scope = Scope.of(slices.get(0), slices.get(1), params.scaleRatio())) {
            return scope.keep(slices.get(0).sub(slices.get(1)).div(params.scaleRatio()));
        }
    }

    @Override
    public int sliceCount() {
        return 2;
    }
}
