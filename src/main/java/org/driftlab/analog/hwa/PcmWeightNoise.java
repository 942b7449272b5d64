package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.function.UnaryOperator;
import org.driftlab.analog.Bounds;
import org.driftlab.analog.ParallelRanges;
import org.driftlab.analog.Rng;
import org.driftlab.config.ModifierParameter;

/**
 * PCM_NOISE weight modifier (spec 9.2), following RPUCuda's CUDA kernel: programming noise, drift variation only
 * (zero-mean, the mean drift is assumed compensated) and 1/f read noise, all in conductance units of g_max.
 *
 * <p>Hardware-aware training applies it to every tile at every step. On the CPU, without the reset, g_max and
 * random-level probabilities, the arithmetic runs in plain Java passes over float arrays, with the tensor engine
 * computing only the logarithm, the exponential and the powers between them: six engine operations per tile instead
 * of some thirty. The passes use the tensor path's normal draws and float operations in the same order, so both give
 * the same weights, bit for bit (PcmWeightNoiseTest).
 */
final class PcmWeightNoise {
    private static final float PROG_P0 = 0.26348f;
    private static final float PROG_P1 = 1.9650f;
    private static final float PROG_P2 = -1.1731f;
    private static final double T_READ = 250.0e-9;
    private static final int CHUNK_ELEMENTS = 1 << 14;

    private final ModifierParameter parameter;

    PcmWeightNoise(ModifierParameter parameter) {
        this.parameter = parameter;
    }

    NDArray apply(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        boolean noProbabilities = parameter.pcmProbAtReset() <= 0 && parameter.pcmProbAtGmax() <= 0
                && parameter.pcmProbAtRandom() <= 0;
        return noProbabilities && !w.getDevice().isGpu() ? applyOnArrays(w, amax, scope, rng)
                : applyOnTensors(w, amax, scope, rng);
    }

    /** The modifier as tensor operations: any device, any setting; the reference for {@link #applyOnArrays}. */
    NDArray applyOnTensors(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        Shape shape = w.getShape();
        float gMax = (float) parameter.gMax();
        float noiseScale = (float) parameter.stdDev();
        double t0 = parameter.pcmT0();
        double t = parameter.pcmTInference() + t0;

        NDArray g = NdMath.clipSymmetric(w, amax).mul(gMax).div(amax);
        float zeroThreshold = (float) parameter.pcmZeroThres() * noiseScale * PROG_P0;
        g = NDArrays.where(g.abs().gt(zeroThreshold), g, scope.zeros(shape));
        NDArray negative = g.lt(0f);

        if (parameter.pcmProbAtReset() > 0) {
            NDArray reset = rng.uniform(scope, 0f, 1f, shape).lt((float) parameter.pcmProbAtReset());
            g = NDArrays.where(reset, scope.zeros(shape), g);
        }
        if (parameter.pcmProbAtGmax() > 0) {
            NDArray hit = rng.uniform(scope, 0f, 1f, shape).lt((float) parameter.pcmProbAtGmax());
            NDArray down = rng.uniform(scope, 0f, 1f, shape).gt(0.5f);
            NDArray shifted = NDArrays.where(down, g.sub(gMax), g.add(gMax));
            g = NDArrays.where(hit, shifted, g);
        }
        if (parameter.pcmProbAtRandom() > 0) {
            NDArray hit = rng.uniform(scope, 0f, 1f, shape).lt((float) parameter.pcmProbAtRandom());
            NDArray level = rng.uniform(scope, 0f, 1f, shape).mul(gMax);
            NDArray random = NDArrays.where(g.gt(0f), level, level.neg());
            g = NDArrays.where(hit, random, g);
        }
        g = g.clip(-gMax, gMax);
        NDArray programmed = g.abs().gt(0f);

        NDArray relative = g.abs().div(gMax);
        NDArray sigmaProg = relative.mul(PROG_P2).add(PROG_P1).mul(relative).add(PROG_P0);
        NDArray gProg = g.add(sigmaProg.mul(noiseScale).mul(rng.normal(scope, shape)));
        NDArray progRelative = gProg.abs().div(gMax);

        NDArray gDrift = gProg;
        if (t > t0) {
            NDArray logRelative = progRelative.maximum(1e-6f).log();
            NDArray sigmaDrift = logRelative.mul(-0.0125f).sub(0.0059f).clip(0.008f, 0.045f);
            NDArray nu = rng.normal(scope, shape).mul(sigmaDrift).abs();
            gDrift = gProg.mul(nu.mul((float) -Math.log(t / t0)).exp());
        }

        NDArray gFinal = gDrift;
        if (t > 0) {
            float logSqrtFactor = (float) Math.sqrt(Math.log((t + T_READ) / (2.0 * T_READ)));
            NDArray qs = progRelative.pow(0.65f).maximum(1e-3f).pow(-1f).mul(0.0088f).minimum(0.2f);
            NDArray readNoise = gDrift.abs().mul(qs).mul(logSqrtFactor * noiseScale).mul(rng.normal(scope, shape));
            gFinal = gDrift.add(readNoise);
        }

        NDArray magnitude = gFinal.div(gMax).mul(amax).abs();
        NDArray signed = NDArrays.where(negative, magnitude.neg(), magnitude);
        return NDArrays.where(programmed, signed, scope.zeros(shape));
    }

    /**
     * The same on Java arrays, without the three probabilities: each line below is the tensor path's operation on
     * one weight, and the engine computes log, exp and pow on whole arrays, as the tensor path does. The passes run
     * in chunks on all cores (every weight is computed alone, so the chunks change nothing).
     */
    NDArray applyOnArrays(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        Shape shape = w.getShape();
        int size = Math.toIntExact(shape.size());
        float[] weights = w.toFloatArray();
        float limit = amax.getFloat();
        float gMax = (float) parameter.gMax();
        float noiseScale = (float) parameter.stdDev();
        double t0 = parameter.pcmT0();
        double t = parameter.pcmTInference() + t0;
        boolean drifts = t > t0;
        boolean reads = t > 0;
        float[][] normals = rng.normalValues(size, 1 + (drifts ? 1 : 0) + (reads ? 1 : 0));
        float zeroThreshold = (float) parameter.pcmZeroThres() * noiseScale * PROG_P0;

        boolean[] negative = new boolean[size];
        boolean[] programmed = new boolean[size];
        float[] gProg = new float[size];
        float[] progRelative = new float[size];
        float[] programmingNoise = normals[0];
        inChunks(size, (from, to) -> {
            for (int k = from; k < to; k++) {
                float g = Bounds.clamp(weights[k], -limit, limit) * gMax / limit;
                g = Math.abs(g) > zeroThreshold ? g : 0f;
                negative[k] = g < 0f;
                g = Bounds.clamp(g, -gMax, gMax);
                programmed[k] = Math.abs(g) > 0f;
                float relative = Math.abs(g) / gMax;
                float sigmaProg = (relative * PROG_P2 + PROG_P1) * relative + PROG_P0;
                gProg[k] = g + sigmaProg * noiseScale * programmingNoise[k];
                progRelative[k] = Math.abs(gProg[k]) / gMax;
            }
        });

        float[] factor = null;
        float[] inverse = null;
        if (drifts || reads) {
            try (NDArray relativeOnEngine = scope.create(progRelative, shape)) {
                float[] logRelative = drifts ? onEngine(relativeOnEngine, r -> r.maximum(1e-6f).log()) : null;
                inverse = reads ? onEngine(relativeOnEngine, r -> r.pow(0.65f).maximum(1e-3f).pow(-1f)) : null;
                if (drifts) {
                    factor = driftFactors(logRelative, normals[1], (float) -Math.log(t / t0), scope, shape);
                }
            }
        }

        float[] result = new float[size];
        float[] driftFactor = factor;
        float[] readInverse = inverse;
        float[] readNoise = reads ? normals[normals.length - 1] : null;
        float readScale = reads ? (float) Math.sqrt(Math.log((t + T_READ) / (2.0 * T_READ))) * noiseScale : 0f;
        inChunks(size, (from, to) -> {
            for (int k = from; k < to; k++) {
                float gDrift = drifts ? gProg[k] * driftFactor[k] : gProg[k];
                float gFinal = gDrift;
                if (reads) {
                    float qs = Bounds.atMost(readInverse[k] * 0.0088f, 0.2f);
                    gFinal = gDrift + Math.abs(gDrift) * qs * readScale * readNoise[k];
                }
                float magnitude = Math.abs(gFinal / gMax * limit);
                result[k] = programmed[k] ? (negative[k] ? -magnitude : magnitude) : 0f;
            }
        });
        return scope.create(result, shape);
    }

    /** exp(|N · σ_drift(log relative)| · logTime), which gProg is multiplied by: the drift-exponent variation. */
    private static float[] driftFactors(float[] logRelative, float[] driftNoise, float logTime, NDManager scope,
                                        Shape shape) {
        int size = logRelative.length;
        float[] exponent = new float[size];
        inChunks(size, (from, to) -> {
            for (int k = from; k < to; k++) {
                float sigmaDrift = Math.min(Math.max(logRelative[k] * -0.0125f - 0.0059f, 0.008f), 0.045f);
                float nu = Math.abs(driftNoise[k] * sigmaDrift);
                exponent[k] = nu * logTime;
            }
        });
        try (NDArray exponentOnEngine = scope.create(exponent, shape)) {
            return onEngine(exponentOnEngine, NDArray::exp);
        }
    }

    private static void inChunks(int size, ParallelRanges.Range work) {
        ParallelRanges.run(size, CHUNK_ELEMENTS, work);
    }

    /** An elementwise operation of the tensor engine on an array, read back as a Java array. */
    private static float[] onEngine(NDArray values, UnaryOperator<NDArray> operation) {
        try (NDArray output = operation.apply(values)) {
            return output.toFloatArray();
        }
    }
}
