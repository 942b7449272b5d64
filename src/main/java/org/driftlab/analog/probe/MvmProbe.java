package org.driftlab.analog.probe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.analog.AnalogTile;
import org.driftlab.analog.Rng;
import org.driftlab.analog.TileArray;
import org.driftlab.config.RpuConfig;

/**
 * How far a programmed and drifted tile's matrix-vector products are from the exact ones: a random matrix uniform
 * in [-1, 1] (a fraction set to zero) and random inputs likewise are programmed, drifted to each time and
 * compensated as the configuration says; the relative L2 error of the outputs and the weight error are measured
 * over repeated programmings.
 */
public final class MvmProbe {

    /**
     * @param newTilePerRepetition build a new tile (new fixed periphery deviations) for every repetition instead of
     *                             programming the same tile again
     */
    public record Spec(int rows, int cols, double weightZeros, double inputZeros, int inputs, List<Double> times,
                       int repetitions, long seed, boolean newTilePerRepetition) {
        public Spec {
            times = List.copyOf(times);
            require(rows >= 1 && cols >= 1, "--rows and --cols must be at least 1");
            require(weightZeros >= 0 && weightZeros < 1, "--weight-zeros must be in [0, 1)");
            require(inputZeros >= 0 && inputZeros < 1, "--input-zeros must be in [0, 1)");
            require(inputs >= 1, "--inputs must be at least 1");
            require(repetitions >= 1, "--reps must be at least 1");
            require(!times.isEmpty() && times.stream().allMatch(t -> t >= 0), "--times must be one or more times >= 0");
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * @param alphaMean      the mean drift-compensation factor over tiles and repetitions
     * @param weightErrorStd the std of alpha * W_drifted - W over all weights, in units of max|W|, averaged over
     *                       repetitions
     */
    public record Point(double t, double mvmRelErrorMean, double mvmRelErrorStd, double alphaMean,
                        double weightErrorStd) {
    }

    private MvmProbe() {
    }

    public static List<Point> run(RpuConfig config, Spec spec, NDManager manager) {
        Rng rng = new Rng(spec.seed());
        int timeCount = spec.times().size();
        double[][] errors = new double[timeCount][spec.repetitions()];
        double[] alphaSums = new double[timeCount];
        double[] weightErrorSums = new double[timeCount];
        try (NDManager scope = manager.newSubManager()) {
            NDArray weights = sparseUniform(scope, rng, new Shape(spec.rows(), spec.cols()), spec.weightZeros());
            NDArray inputs = sparseUniform(scope, rng, new Shape(spec.inputs(), spec.cols()), spec.inputZeros());
            NDArray ideal = inputs.matMul(weights.transpose());
            NDArray idealNorms = ideal.norm(new int[] {1});
            NDArray nonZero = idealNorms.gt(0f).toType(DataType.FLOAT32, false);
            float counted = nonZero.sum().getFloat();
            if (counted == 0) {
                throw new IllegalArgumentException("every exact output is zero: use fewer zeros in the weights or inputs");
            }
            double weightScale = weights.abs().max().getFloat();
            TileArray array = null;
            try {
                for (int rep = 0; rep < spec.repetitions(); rep++) {
                    if (array == null || spec.newTilePerRepetition()) {
                        if (array != null) {
                            array.close();
                        }
                        array = new TileArray(config, weights, null, scope, rng.split());
                    }
                    array.program(rng);
                    for (int k = 0; k < timeCount; k++) {
                        array.drift(spec.times().get(k), rng);
                        try (NDScope ignored = new NDScope()) {
                            NDArray outputs = array.forward(inputs, rng, false);
                            NDArray relative = outputs.sub(ideal).norm(new int[] {1})
                                    .div(idealNorms.maximum(Float.MIN_NORMAL)).mul(nonZero);
                            errors[k][rep] = relative.sum().getFloat() / counted;
                            alphaSums[k] += meanAlpha(array);
                            weightErrorSums[k] += std(weightError(array)) / weightScale;
                        }
                    }
                }
            } finally {
                if (array != null) {
                    array.close();
                }
            }
        }
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < timeCount; k++) {
            points.add(new Point(spec.times().get(k), mean(errors[k]), std(errors[k]),
                    alphaSums[k] / spec.repetitions(), weightErrorSums[k] / spec.repetitions()));
        }
        return points;
    }

    private static NDArray sparseUniform(NDManager manager, Rng rng, Shape shape, double zeroFraction) {
        NDArray values = rng.uniform(manager, -1f, 1f, shape);
        if (zeroFraction <= 0) {
            return values;
        }
        NDArray keep = rng.uniform(manager, 0f, 1f, shape).gte((float) zeroFraction)
                .toType(DataType.FLOAT32, false);
        return values.mul(keep);
    }

    private static double meanAlpha(TileArray array) {
        double sum = 0;
        for (AnalogTile tile : array.tiles()) {
            sum += tile.alpha().mean().getFloat();
        }
        return sum / array.tiles().size();
    }

    /** alpha * W_drifted - W over the whole layer, in layer units, tile by tile. */
    private static NDArray weightError(TileArray array) {
        List<NDArray> parts = new ArrayList<>();
        for (AnalogTile tile : array.tiles()) {
            NDArray scales = tile.mappingScales().transpose();
            NDArray alpha = tile.alpha().getShape().dimension() == 0 ? tile.alpha() : tile.alpha().reshape(-1, 1);
            NDArray read = tile.currentWeights().mul(scales).mul(alpha);
            NDArray target = tile.referenceWeights().mul(scales);
            parts.add(read.sub(target).flatten());
        }
        return NDArrays.concat(new NDList(parts.toArray(new NDArray[0])));
    }

    /** The population std of all elements. */
    private static double std(NDArray values) {
        NDArray centred = values.sub(values.mean());
        return Math.sqrt(centred.square().mean().getFloat());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample std (n - 1), 0 for a single value. */
    private static double std(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
