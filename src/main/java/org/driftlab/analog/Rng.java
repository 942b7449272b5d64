package org.driftlab.analog;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * A seeded random source owned by whoever does the work (a job, a test, a probe). The tensor engine has one global
 * generator per device; every draw re-seeds it from this object's own stream under a lock, so two Rng objects
 * never disturb each other and the same seed always gives the same numbers on the same device.
 */
public final class Rng {
    private static final Object ENGINE_GENERATOR = new Object();

    private final SplittableRandom stream;

    public Rng(long seed) {
        this.stream = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom stream) {
        this.stream = stream;
    }

    /** An independent child stream, for example one per layer or per repetition. */
    public synchronized Rng split() {
        return new Rng(stream.split());
    }

    public synchronized long nextSeed() {
        return stream.nextLong();
    }

    /**
     * Standard-normal float32 samples on the manager's device: on the CPU from {@link NormalSampler} (several
     * times faster than the engine's generator, on every core), elsewhere from the engine's generator.
     */
    public NDArray normal(NDManager manager, Shape shape) {
        long seed = nextSeed();
        if (!manager.getDevice().isGpu()) {
            return NormalSampler.tensor(manager, shape, seed);
        }
        synchronized (ENGINE_GENERATOR) {
            Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
            return manager.randomNormal(0f, 1f, shape, DataType.FLOAT32);
        }
    }

    /**
     * {@code count} arrays of the standard-normal samples that {@code count} calls of {@link #normal} in turn give
     * for CPU tensors of {@code size} elements, as Java arrays, drawn at once on all cores (each array is a
     * sequential stream below {@link NormalSampler}'s chunk size).
     */
    public float[][] normalValues(int size, int count) {
        long[] seeds = new long[count];
        for (int k = 0; k < count; k++) {
            seeds[k] = nextSeed();
        }
        return NormalSampler.values(size, seeds);
    }

    /** Uniform float32 samples in [low, high) on the manager's device. */
    public NDArray uniform(NDManager manager, float low, float high, Shape shape) {
        long seed = nextSeed();
        synchronized (ENGINE_GENERATOR) {
            Engine.getInstance().setRandomSeed((int) (seed ^ (seed >>> 32)));
            return manager.randomUniform(low, high, shape, DataType.FLOAT32);
        }
    }
}
