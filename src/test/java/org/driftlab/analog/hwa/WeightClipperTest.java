package org.driftlab.analog.hwa;

import static org.driftlab.analog.hwa.TestArrays.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.analog.Rng;
import org.driftlab.config.ClipParameter;
import org.driftlab.config.ClipType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightClipperTest {
    private static final double TOL = 1e-6;
    private NDManager manager;
    private NDArray w;

    @BeforeEach
    void setUp() {
        manager = NDManager.newBaseManager();
        w = manager.create(new float[][] {{.1f, .2f, .3f}, {.4f, .5f, .6f}});
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    @Test
    void fixedValueClipsToExactlyTheValue() {
        NDArray clipped = new WeightClipper(new ClipParameter(ClipType.FIXED_VALUE, 0.3, 2.5)).apply(w);
        assertEquals(0.3f, clipped.abs().max().getFloat(), 0.0);
        assertClose(new float[] {.1f, .2f, .3f, .3f, .3f, .3f}, clipped, 0.0);
        assertSame(manager, clipped.getManager());
        assertClose(new float[] {.1f, .2f, .3f, .4f, .5f, .6f}, w, 0.0);
    }

    @Test
    void layerGaussianUsesSampleStdTimesSigma() {
        // mean 0.35, squared deviations sum 0.175, n - 1 = 5: std = sqrt(0.035) = 0.1870829
        float c = (float) (2.0 * Math.sqrt(0.035));
        NDArray clipped = new WeightClipper(new ClipParameter(ClipType.LAYER_GAUSSIAN, -1, 2.0)).apply(w);
        assertClose(new float[] {.1f, .2f, .3f, c, c, c}, clipped, TOL);
    }

    @Test
    void layerGaussianIsCappedByAPositiveFixedValue() {
        NDArray clipped = new WeightClipper(new ClipParameter(ClipType.LAYER_GAUSSIAN, 0.35, 2.0)).apply(w);
        assertClose(new float[] {.1f, .2f, .3f, .35f, .35f, .35f}, clipped, TOL);
    }

    @Test
    void averageChannelMaxUsesTheMeanOfRowAbsMaxima() {
        NDArray v = manager.create(new float[][] {{-.7f, .2f, .3f}, {.4f, .5f, .6f}});
        NDArray clipped = new WeightClipper(new ClipParameter(ClipType.AVERAGE_CHANNEL_MAX, -1, 2.5)).apply(v);
        assertClose(new float[] {-.65f, .2f, .3f, .4f, .5f, .6f}, clipped, TOL);
        NDArray capped = new WeightClipper(new ClipParameter(ClipType.AVERAGE_CHANNEL_MAX, 0.45, 2.5)).apply(v);
        assertClose(new float[] {-.45f, .2f, .3f, .4f, .45f, .45f}, capped, TOL);
    }

    @Test
    void aNonPositiveClipValueLeavesTheWeights() {
        NDArray constant = manager.full(new Shape(2, 3), 0.7f);
        NDArray clipped = new WeightClipper(new ClipParameter(ClipType.LAYER_GAUSSIAN, -1, 2.5)).apply(constant);
        assertClose(new float[] {.7f, .7f, .7f, .7f, .7f, .7f}, clipped, 0.0);
        NDArray none = new WeightClipper(ClipParameter.defaults()).apply(w);
        assertClose(w.toFloatArray(), none, 0.0);
    }

    @ParameterizedTest(name = "{0}, fixed value {1}, sigma {2}")
    @CsvSource({"NONE, -1, 2.5", "FIXED_VALUE, 0.3, 2.5", "FIXED_VALUE, 0, 2.5", "LAYER_GAUSSIAN, -1, 2.0",
        "LAYER_GAUSSIAN, 0.35, 2.0", "AVERAGE_CHANNEL_MAX, -1, 2.5", "AVERAGE_CHANNEL_MAX, 0.45, 2.5"})
    void onTheHostItClipsToTheSameFloats(ClipType type, double fixedValue, double sigma) {
        NDArray v = new Rng(5).normal(manager, new Shape(37, 53)).mul(0.3f);
        WeightClipper clipper = new WeightClipper(new ClipParameter(type, fixedValue, sigma));
        float[] onHost = v.toFloatArray();
        clipper.clipOnHost(v, onHost);
        assertArrayEquals(clipper.apply(v).toFloatArray(), onHost, 0f);
    }
}
