package org.driftlab.analog.hwa;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.Rng;
import org.driftlab.config.ModifierParameter;
import org.driftlab.config.ModifierType;

/**
 * The hardware-aware-training weight modifier (spec 6.2 and 9.2) with RPUCuda semantics: builds the noisy copy of the
 * tile weights that the forward and backward passes of the next mini-batch use. PCM_NOISE follows the CUDA kernel
 * and is available on every device here.
 */
public final class WeightModifier {
    private final ModifierParameter parameter;

    public WeightModifier(ModifierParameter parameter) {
        this.parameter = parameter;
        if (parameter.perBatchSample() && parameter.type() != ModifierType.COPY && !isIdentity()) {
            throw new IllegalArgumentException("modifier.per_batch_sample: aihwkit's reference engine (RPUCuda) rejects it, and so does DriftLab; set it to false");
        }
    }

    public ModifierParameter parameter() {
        return parameter;
    }

    /** Whether the tile keeps using the modified weights in evaluation (enable_during_test). */
    public boolean activeInEval() {
        return parameter.enableDuringTest();
    }

    /**
     * True when the modifier changes nothing, so callers can skip it (DEVICE_MODEL without drop-connect: the tile
     * does that reading itself). Type NONE is skipped even with pdrop > 0, as the aihwkit tile does
     * ({@code post_update_step} returns before modifying).
     */
    public boolean isIdentity() {
        return switch (parameter.type()) {
            case NONE -> true;
            case COPY, DROP_CONNECT, DEVICE_MODEL -> parameter.pdrop() <= 0.0;
            default -> false;
        };
    }

    /**
     * Whether the tile itself programmes and drifts its targets with its own noise model for training (DEVICE_MODEL);
     * this modifier then only adds drop-connect.
     */
    public boolean readsDeviceModel() {
        return parameter.type() == ModifierType.DEVICE_MODEL;
    }

    /** A modified copy of the tile weights [out, in]; the input is left unchanged. */
    public NDArray apply(NDArray tileWeights, Rng rng) {
        NDManager owner = tileWeights.getManager();
        try (NDManager scope = owner.newSubManager()) {
            NdMath.borrow(scope, tileWeights);
            NDArray result = isIdentity() ? tileWeights.duplicate() : modifyKeepingBias(tileWeights, scope, rng);
            result.attach(owner);
            return result;
        }
    }

    private NDArray modifyKeepingBias(NDArray weights, NDManager scope, Rng rng) {
        if (!parameter.copyLastColumn()) {
            return modify(weights, scope, rng);
        }
        long columns = weights.getShape().get(weights.getShape().dimension() - 1);
        if (columns <= 1) {
            return weights.duplicate();
        }
        NDArray body = weights.get(new NDIndex(":, :{}", columns - 1));
        NDArray biasColumn = weights.get(new NDIndex(":, {}:", columns - 1));
        return modify(body, scope, rng).concat(biasColumn, 1);
    }

    private NDArray modify(NDArray w, NDManager scope, Rng rng) {
        NDArray amax = amax(w, scope);
        double std = parameter.stdDev();
        double res = parameter.res();
        Shape shape = w.getShape();
        NDArray modified = switch (parameter.type()) {
            case NONE, COPY, DROP_CONNECT -> w;
            case DISCRETIZE -> res > 0 ? discretize(w, amax, scope, rng) : w;
            case MULT_NORMAL -> std > 0 ? w.mul(rng.normal(scope, shape).mul(amax).mul((float) std).add(1f)) : w;
            case ADD_NORMAL -> std > 0 ? w.add(rng.normal(scope, shape).mul(amax).mul((float) std)) : w;
            case DISCRETIZE_ADD_NORMAL -> res > 0 || std > 0 ? discretizeAddNormal(w, amax, scope, rng) : w;
            case DOREFA -> res > 0 ? dorefa(w, amax, scope, rng) : w;
            case POLY -> polynomialNoise(w, amax, std, false, scope, rng);
            case PROG_NOISE -> polynomialNoise(w, amax, std / parameter.gMax(), true, scope, rng);
            case PCM_NOISE -> new PcmWeightNoise(parameter).apply(w, amax, scope, rng);
            case DEVICE_MODEL -> w; // the tile has read w through its noise model already (readsDeviceModel)
        };
        if (parameter.pdrop() > 0) {
            NDArray dropped = rng.uniform(scope, 0f, 1f, shape).lt((float) parameter.pdrop());
            modified = NDArrays.where(dropped, scope.zeros(shape), modified);
        }
        return modified;
    }

    /** max|W| (bias column already excluded) when rel_to_actual_wmax, else assumed_wmax; 0 becomes 1. */
    private NDArray amax(NDArray w, NDManager scope) {
        if (parameter.relToActualWmax() && parameter.type() != ModifierType.COPY) {
            return NdMath.positiveOr(w.abs().max(), 1f);
        }
        double assumed = parameter.assumedWmax();
        return scope.create(assumed > 0 ? (float) assumed : 1f);
    }

    /** round(v / res [+ U - 1/2]) * res with C roundf, as RPUCuda's getDiscretizedValueRound. */
    private NDArray roundToGrid(NDArray value, double res, NDManager scope, Rng rng) {
        NDArray steps = value.div((float) res);
        if (parameter.stoRound()) {
            steps = steps.add(rng.uniform(scope, 0f, 1f, value.getShape()).sub(0.5f));
        }
        return NdMath.roundHalfAwayFromZero(steps).mul((float) res);
    }

    private NDArray discretize(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        return roundToGrid(w.div(amax), parameter.res(), scope, rng).mul(amax);
    }

    private NDArray discretizeAddNormal(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        NDArray relative = w.div(amax);
        if (parameter.res() > 0) {
            relative = roundToGrid(relative, parameter.res(), scope, rng);
        }
        NDArray noise = rng.normal(scope, w.getShape()).mul((float) parameter.stdDev());
        return relative.add(noise).mul(amax);
    }

    private NDArray dorefa(NDArray w, NDArray amax, NDManager scope, Rng rng) {
        NDArray scale = amax.tanh().pow(-1f).mul((float) parameter.dorefaClip()).abs();
        return roundToGrid(w.tanh().mul(scale), parameter.res(), scope, rng);
    }

    /** w + amax·stdScale·poly(|w|/amax)·N; with preserveSign the result keeps the sign of w (PROG_NOISE). */
    private NDArray polynomialNoise(NDArray w, NDArray amax, double stdScale, boolean preserveSign,
            NDManager scope, Rng rng) {
        List<Double> coeffs = parameter.coeffs();
        if (parameter.stdDev() <= 0 || coeffs.isEmpty()) {
            return w;
        }
        NDArray relative = w.abs().div(amax);
        NDArray sigma = relative.zerosLike().add(coeffs.get(coeffs.size() - 1).floatValue());
        for (int j = coeffs.size() - 2; j >= 0; j--) {
            sigma = sigma.mul(relative).add(coeffs.get(j).floatValue());
        }
        NDArray noisy = w.add(sigma.mul((float) stdScale).mul(amax).mul(rng.normal(scope, w.getShape())));
        if (!preserveSign) {
            return noisy;
        }
        NDArray magnitude = noisy.abs();
        return NDArrays.where(w.lt(0f), magnitude.neg(), magnitude);
    }
}
