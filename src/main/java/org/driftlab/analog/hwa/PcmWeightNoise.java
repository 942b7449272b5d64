package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.analog.Rng;
import org.driftlab.config.ModifierParameter;

/**
 * PCM_NOISE weight modifier (spec 9.2), following RPUCuda's CUDA kernel: programming noise, drift variation only
 * (zero-mean, the mean drift is assumed compensated) and 1/f read noise, all in conductance units of g_max.
 */
final class PcmWeightNoise {
    private static final float PROG_P0 = 0.26348f;
    private static final float PROG_P1 = 1.9650f;
    private static final float PROG_P2 = -1.1731f;
    private static final double T_READ = 250.0e-9;

    private final ModifierParameter parameter;

    PcmWeightNoise(ModifierParameter parameter) {
        this.parameter = parameter;
    }

    NDArray apply(NDArray w, NDArray amax, NDManager scope, Rng rng) {
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
}
