package org.driftlab.analog.hwa;

import static org.driftlab.analog.hwa.TestArrays.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.driftlab.analog.Rng;
import org.driftlab.config.RemapParameter;
import org.driftlab.config.RemapType;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightRemapperTest extends WithTensorManager {
    private static final double TOL = 1e-6;

    @Test
    void layerwiseRemapDividesByTheMaxAndMovesItIntoTheScales() {
        NDArray w = manager.create(new float[][] {{.1f, .2f, .3f}, {.4f, .5f, .6f}});
        RemappedWeights r = new WeightRemapper(new RemapParameter(RemapType.LAYERWISE_SYMMETRIC, 1.0, 0, 0))
                .apply(w, manager.ones(new Shape(2)));
        assertClose(new float[] {.1f / .6f, .2f / .6f, .3f / .6f, .4f / .6f, .5f / .6f, 1f}, r.tileWeights(), TOL);
        assertClose(new float[] {.6f, .6f}, r.scales(), TOL);
        assertSame(manager, r.tileWeights().getManager());
        assertSame(manager, r.scales().getManager());
    }

    @Test
    void layerwiseRemapHonoursRemappedWmaxAndBroadcastsAScalarScale() {
        NDArray w = manager.create(new float[][] {{.1f, -.8f}, {.4f, .2f}});
        RemappedWeights r = new WeightRemapper(new RemapParameter(RemapType.LAYERWISE_SYMMETRIC, 0.5, 0, 0))
                .apply(w, manager.create(2f));
        assertClose(new float[] {.0625f, -.5f, .25f, .125f}, r.tileWeights(), TOL);
        assertClose(new float[] {3.2f, 3.2f}, r.scales(), TOL);
    }

    @Test
    void channelwiseRemapUsesEachRowMax() {
        NDArray w = manager.create(new float[][] {{-.7f, .2f, .3f}, {.4f, .5f, .6f}});
        RemappedWeights r = new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 0, 0))
                .apply(w, manager.ones(new Shape(2)));
        assertClose(new float[] {.7f, .6f}, r.scales(), TOL);
        assertClose(new float[] {-1f, .2f / .7f, .3f / .7f, .4f / .6f, .5f / .6f, 1f}, r.tileWeights(), TOL);
    }

    @Test
    void channelwiseRemapLeavesAZeroRowWithScaleFactorOne() {
        NDArray w = manager.create(new float[][] {{0f, 0f}, {.5f, -.25f}});
        RemappedWeights r = new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 0, 0))
                .apply(w, manager.create(new float[] {3f, 2f}));
        assertClose(new float[] {3f, 1f}, r.scales(), TOL);
        assertClose(new float[] {0f, 0f, 1f, -.5f}, r.tileWeights(), TOL);
    }

    @Test
    void channelwiseRemapCapsTheScaleRange() {
        // rows max 0.5 and 4, old scales 1 and 2: grown scales 0.5 and 8; min old scale 1, range 4 caps at 4
        NDArray w = manager.create(new float[][] {{.5f, .25f}, {4f, -2f}});
        NDArray old = manager.create(new float[] {1f, 2f});
        RemappedWeights r = new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 4.0, 0))
                .apply(w, old);
        assertClose(new float[] {.5f, 4f}, r.scales(), TOL);
        assertClose(new float[] {1f, .5f, 2f, -1f}, r.tileWeights(), TOL);

        // max_scale_ref 1.5 raises the reference: cap 6
        RemappedWeights withRef = new WeightRemapper(
                new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 4.0, 1.5)).apply(w, old);
        assertClose(new float[] {.5f, 6f}, withRef.scales(), TOL);
        assertClose(new float[] {1f, .5f, 4f / 3f, -2f / 3f}, withRef.tileWeights(), TOL);
    }

    @Test
    void scaleRangeNeedsRemappedWmaxOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 0.5, 4.0, 0)));
    }

    @ParameterizedTest(name = "{0}, remapped_wmax {1}")
    @CsvSource({"NONE, 1.0", "LAYERWISE_SYMMETRIC, 1.0", "LAYERWISE_SYMMETRIC, 0.5", "CHANNELWISE_SYMMETRIC, 1.0",
        "CHANNELWISE_SYMMETRIC, 0.7"})
    void onTheHostItRemapsToTheSameFloats(RemapType type, double remappedWmax) {
        float[] values = new Rng(5).normal(manager, new Shape(37 * 53)).mul(0.3f).toFloatArray();
        Arrays.fill(values, 53, 2 * 53, 0f); // a row of zeros
        NDArray w = manager.create(values, new Shape(37, 53));
        float[] scales = new Rng(6).uniform(manager, 0.5f, 2f, new Shape(37)).toFloatArray();
        WeightRemapper remapper = new WeightRemapper(new RemapParameter(type, remappedWmax, 0, 0));
        RemappedWeights expected = remapper.apply(w, manager.create(scales));
        float[] onHost = values.clone();
        assertArrayEquals(expected.scales().toFloatArray(), remapper.applyOnHost(onHost, 37, scales), 0f);
        assertArrayEquals(expected.tileWeights().toFloatArray(), onHost, 0f);
        float[] broadcast = values.clone();
        assertArrayEquals(remapper.apply(w, manager.create(2f)).scales().toFloatArray(),
                remapper.applyOnHost(broadcast, 37, new float[] {2f}), 0f);
    }

    @Test
    void theBoundedChannelwiseRemapStaysInTheEngine() {
        WeightRemapper bounded = new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 4.0, 0));
        assertFalse(bounded.worksOnHost());
        assertThrows(IllegalStateException.class, () -> bounded.applyOnHost(new float[4], 2, new float[] {1f, 1f}));
        assertTrue(new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1.0, 0, 0)).worksOnHost());
    }
}
