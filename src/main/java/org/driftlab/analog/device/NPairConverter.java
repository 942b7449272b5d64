package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Several pairs of devices per weight with significance factors, lowest first (spec 1.2); the lower pairs fill up
 * first. aihwkit's DualPair is this converter with exactly two factors.
 */
public final class NPairConverter implements ConductanceConverter {
    private final double[] factors;
    private final double gMax;
    private final double gMin;

    public NPairConverter(List<Double> factors, double gMax, double gMin) {
        ConverterChecks.range(gMin, gMax);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("f_lst must hold at least one significance factor");
        }
        this.factors = factors.stream().mapToDouble(Double::doubleValue).toArray();
        this.gMax = gMax;
        this.gMin = gMin;
    }

    public static NPairConverter dualPair(List<Double> factors, double gMax, double gMin) {
        if (factors.size() != 2) {
            throw new IllegalArgumentException("a dual pair needs exactly 2 significance factors, got "
                    + factors.size());
        }
        return new NPairConverter(factors, gMax, gMin);
    }

    @Override
    public double lowestConductance() {
        return gMin;
    }

    @Override
    public double highestConductance() {
        return gMax;
    }

    public double gMax() {
        return gMax;
    }

    public double gMin() {
        return gMin;
    }

    @Override
    public Conductances toConductances(NDArray weights) {
        try (Scope scope = Scope.of(weights)) {
            double maxWeightUs = 0.0;
            for (double f : factors) {
                maxWeightUs += f * (gMax - gMin);
            }
            NDArray maxAbs = weights.abs().max().maximum(ConverterChecks.ZERO_CLIP);
            NDArray scaleRatio = scope.scalar(maxWeightUs).div(maxAbs);
            NDArray weightsUs = weights.mul(scaleRatio);
            NDArray positive = weightsUs.maximum(0f);
            NDArray negative = weightsUs.neg().maximum(0f);
            List<NDArray> slices = new ArrayList<>();
            double lowerBound = 0.0;
            for (double f : factors) {
                slices.add(scope.keep(devicePart(positive, lowerBound, f)));
                slices.add(scope.keep(devicePart(negative, lowerBound, f)));
                lowerBound += f * (gMax - gMin);
            }
            return new Conductances(slices, new Conductances.Params(scope.keep(scaleRatio), null));
        }
    }

    private NDArray devicePart(NDArray magnitudeUs, double lowerBound, double factor) {
        return magnitudeUs.sub((float) lowerBound).div((float) factor).add((float) gMin)
                .clip((float) gMin, (float) gMax);
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
