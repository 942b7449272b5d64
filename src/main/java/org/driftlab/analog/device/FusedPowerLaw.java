package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.ParallelRanges;
import org.driftlab.analog.Rng;

/**
 * Programming and drift of the power-law models ({@link PowerLawNoiseModel}) for one pair of devices per weight,
 * aihwkit's default converter, on the CPU in plain Java: each step is one pass over float arrays, on all cores,
 * instead of a chain of a dozen tensor operations with an array for each. It computes what the tensor path of
 * {@link AbstractNoiseModel} computes, with the same normal draws in the same order and the same float operations;
 * only log, exp and pow may round differently in the last place (FusedPowerLawTest).
 */
final class FusedPowerLaw {
    private static final int CHUNK = 1 << 12;

    private final PowerLawNoiseModel model;
    private final float gMax;
    private final float gMin;

    private FusedPowerLaw(PowerLawNoiseModel model, SinglePairConverter converter) {
        this.model = model;
        this.gMax = (float) converter.gMax();
        this.gMin = (float) converter.gMin();
    }

    /** The fused path for this model and data, or null where the tensor path is needed (another converter, a GPU). */
    static FusedPowerLaw forModel(PowerLawNoiseModel model, NDArray data) {
        if (model.converter() instanceof SinglePairConverter pair && !data.getDevice().isGpu()) {
            return new FusedPowerLaw(model, pair);
        }
        return null;
    }

    /** One device pair per weight, and the factor that took the weights to conductances. */
    private record Pair(float[] plus, float[] minus, float scaleRatio) {
        float[] slice(int k) {
            return k == 0 ? plus : minus;
        }
    }

    ProgrammedWeights program(NDArray targetWeights, Rng rng) {
        NDManager manager = targetWeights.getManager();
        Shape shape = targetWeights.getShape();
        Pair target = toConductances(targetWeights.toFloatArray());
        int n = target.plus().length;
        // The draws of the tensor path, in its order: per slice the programming noise, then ν's.
        float[][] noise = rng.normalValues(n, 4);
        float[][] programmed = {new float[n], new float[n]};
        float[][] exponents = {new float[n], new float[n]};
        float[] weights = new float[n];
        // Half the targets sit at g_min (the idle device of each pair): their ν needs no logarithm.
        float idleMean = (float) model.nuMean(gMin);
        float idleStd = (float) model.nuStd(gMin);
        inRanges(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int k = 0; k < 2; k++) {
                    float g = target.slice(k)[i];
                    programmed[k][i] = model.programConductance(g, noise[2 * k][i]);
                    exponents[k][i] = g == gMin ? model.driftCoefficient(idleMean, idleStd, noise[2 * k + 1][i])
                            : model.driftCoefficient(g, noise[2 * k + 1][i]);
                }
                weights[i] = (programmed[0][i] - programmed[1][i]) / target.scaleRatio();
            }
        });

        Conductances targetArrays = arrays(target, manager, shape);
        List<NDArray> programmedArrays = List.of(array(programmed[0], manager, shape),
                array(programmed[1], manager, shape));
        List<NDArray> exponentArrays = List.of(array(exponents[0], manager, shape), array(exponents[1], manager, shape));
        ProgrammedWeights.DriftStart start;
        if (model.physical()) {
            start = new ProgrammedWeights.DriftStart(programmedArrays, levels(target, manager, shape),
                    targetArrays.params());
        } else {
            Pair devices = toConductances(weights);
            Conductances deviceArrays = arrays(devices, manager, shape);
            start = new ProgrammedWeights.DriftStart(deviceArrays.slices(), levels(devices, manager, shape),
                    deviceArrays.params());
        }
        return new ProgrammedWeights(targetArrays, programmedArrays, exponentArrays, array(weights, manager, shape),
                start);
    }

    DriftedWeights drift(ProgrammedWeights programmed, double tInference, Rng rng) {
        NDManager manager = programmed.weights().getManager();
        Shape shape = programmed.weights().getShape();
        ProgrammedWeights.DriftStart start = programmed.driftStart();
        float logDecay = model.logDecay(tInference);
        float readSigma = model.readSigma(tInference);
        float scaleRatio = start.params().scaleRatio().getFloat();
        float[][] g = {start.devices().get(0).toFloatArray(), start.devices().get(1).toFloatArray()};
        float[][] nu = {programmed.driftParams().get(0).toFloatArray(), programmed.driftParams().get(1).toFloatArray()};
        float[][] level = {start.readNoiseLevels().get(0).toFloatArray(),
                start.readNoiseLevels().get(1).toFloatArray()};
        int n = g[0].length;
        float[][] noise = rng.normalValues(n, 2);
        float[][] drifted = {new float[n], new float[n]};
        float[] weights = new float[n];
        inRanges(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                for (int k = 0; k < 2; k++) {
                    // An idle device (0 µS) stays at 0 whatever its drift and read noise.
                    drifted[k][i] = g[k][i] == 0f ? 0f : model.driftConductance(g[k][i], nu[k][i], level[k][i],
                            logDecay, readSigma, noise[k][i]);
                }
                weights[i] = (drifted[0][i] - drifted[1][i]) / scaleRatio;
            }
        });
        return new DriftedWeights(List.of(array(drifted[0], manager, shape), array(drifted[1], manager, shape)),
                array(weights, manager, shape));
    }

    /** SinglePairConverter.toConductances on floats. */
    private Pair toConductances(float[] weights) {
        float maxAbs = 0f;
        for (float w : weights) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        float scaleRatio = (gMax - gMin) / Math.max(maxAbs, ConverterChecks.ZERO_CLIP);
        float[] plus = new float[weights.length];
        float[] minus = new float[weights.length];
        inRanges(weights.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                float scaled = weights[i] * scaleRatio;
                plus[i] = Math.min(Math.max(scaled, 0f), gMax) + gMin;
                minus[i] = Math.min(Math.max(-scaled, 0f), gMax) + gMin;
            }
        });
        return new Pair(plus, minus, scaleRatio);
    }

    private List<NDArray> levels(Pair references, NDManager manager, Shape shape) {
        return List.of(array(levels(references.plus()), manager, shape),
                array(levels(references.minus()), manager, shape));
    }

    private float[] levels(float[] references) {
        float[] levels = new float[references.length];
        float idle = model.readNoiseLevel(gMin);
        inRanges(references.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                levels[i] = references[i] == gMin ? idle : model.readNoiseLevel(references[i]);
            }
        });
        return levels;
    }

    private static Conductances arrays(Pair pair, NDManager manager, Shape shape) {
        return new Conductances(List.of(array(pair.plus(), manager, shape), array(pair.minus(), manager, shape)),
                new Conductances.Params(manager.create(pair.scaleRatio()), null));
    }

    private static NDArray array(float[] values, NDManager manager, Shape shape) {
        return manager.create(values, shape);
    }

    /** Runs work over [0, n) in fixed chunks on the common pool. */
    private static void inRanges(int n, ParallelRanges.Range work) {
        ParallelRanges.run(n, CHUNK, work);
    }
}
