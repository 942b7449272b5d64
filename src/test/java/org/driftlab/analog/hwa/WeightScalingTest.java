package org.driftlab.analog.hwa;

import static org.driftlab.analog.hwa.TestArrays.assertClose;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.MappingParameter;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class WeightScalingTest extends WithTensorManager {
    private static final double TOL = 1e-6;

    @Test
    void omegaZeroKeepsTheWeightsAndGivesUnitScales() {
        NDArray w = manager.create(new float[][] {{1f, -2f}, {.5f, .25f}});
        ScaledWeights s = new WeightScaling(MappingParameter.defaults()).apply(w);
        assertClose(w.toFloatArray(), s.tileWeights(), 0.0);
        assertClose(new float[] {1f, 1f}, s.mappingScales(), 0.0);
        assertSame(manager, s.tileWeights().getManager());
        assertSame(manager, s.mappingScales().getManager());
    }

    @Test
    void scalarScalingMapsTheLayerMaxToOmega() {
        NDArray w = manager.create(new float[][] {{1f, -2f}, {.5f, .25f}});
        ScaledWeights s = new WeightScaling(1.0, false).apply(w);
        assertClose(new float[] {.5f, -1f, .25f, .125f}, s.tileWeights(), TOL);
        assertClose(new float[] {2f, 2f}, s.mappingScales(), TOL);
    }

    @Test
    void columnwiseScalingMapsEachRowMaxToOmegaAndKeepsZeroRows() {
        NDArray w = manager.create(new float[][] {{1f, -2f}, {0f, 0f}, {.1f, .05f}});
        ScaledWeights s = new WeightScaling(0.5, true).apply(w);
        assertClose(new float[] {4f, 1f, .2f}, s.mappingScales(), TOL);
        assertClose(new float[] {.25f, -.5f, 0f, 0f, .5f, .25f}, s.tileWeights(), TOL);
        NDArray restored = s.tileWeights().mul(s.mappingScales().expandDims(1));
        assertClose(w.toFloatArray(), restored, TOL);
    }

    @Test
    void anAllZeroLayerGetsScaleOne() {
        NDArray w = manager.zeros(new Shape(2, 2));
        ScaledWeights s = new WeightScaling(1.0, false).apply(w);
        assertClose(new float[] {1f, 1f}, s.mappingScales(), 0.0);
        assertClose(new float[] {0f, 0f, 0f, 0f}, s.tileWeights(), 0.0);
    }
}
