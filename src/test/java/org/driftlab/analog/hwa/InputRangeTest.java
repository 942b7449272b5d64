package org.driftlab.analog.hwa;

import static org.driftlab.analog.hwa.TestArrays.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.djl.ndarray.NDArray;
import org.driftlab.config.InputRangeParameter;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class InputRangeTest extends WithTensorManager {
    private static final double TOL = 1e-5;

    private static InputRangeParameter params(double init, int initFromData, double decay, boolean manageOutput,
            double gradientScale, boolean relative) {
        return new InputRangeParameter(true, true, init, initFromData, 3.0, decay, 0.95, manageOutput, 0.95,
                gradientScale, relative);
    }

    private float gradient(InputRange range, float[] d, float[] x, float[] y, double outBound) {
        NDArray g = range.rangeGradient(manager.create(d), manager.create(x), y == null ? null : manager.create(y),
                outBound);
        assertSame(manager, g.getManager());
        return g.getFloat();
    }

    @Test
    void normaliseClipsAndDivides() {
        InputRange range = new InputRange(params(3.0, 0, 0, false, 1, true), manager);
        NDArray x = manager.create(new float[] {-6f, -1.5f, 0f, 3f, 4.5f});
        NDArray normalised = range.normalise(x);
        assertClose(new float[] {-1f, -.5f, 0f, 1f, 1f}, normalised, 1e-7);
        assertSame(manager, normalised.getManager());
    }

    @Test
    void dataInitialisationAveragesAlphaTimesStdOverBatches() {
        InputRange range = new InputRange(params(3.0, 2, 0, false, 1, true), manager);
        range.initialiseFromData(manager.create(new float[] {1f, 2f, 3f, 4f}));
        double first = 3.0 * Math.sqrt(5.0 / 3.0); // sample std of 1..4 is sqrt(5/3)
        assertEquals(first, range.range().getFloat(), TOL);
        assertEquals(1, range.updateIndex());

        range.initialiseFromData(manager.create(new float[] {.5f, .5f, .5f}));
        assertEquals(first, range.range().getFloat(), TOL, "a zero-std batch changes nothing");
        assertEquals(1, range.updateIndex());

        range.initialiseFromData(manager.create(new float[] {2f, -2f}));
        double second = (first + 3.0 * Math.sqrt(8.0)) / 2.0;
        assertEquals(second, range.range().getFloat(), TOL);
        assertEquals(2, range.updateIndex());

        range.initialiseFromData(manager.create(new float[] {100f, -100f}));
        assertEquals(second, range.range().getFloat(), TOL, "init_from_data batches reached");
    }

    @Test
    void clipGradientSumsNegativeUpperAndPositiveLowerParts() {
        InputRange range = new InputRange(params(1.0, 0, 0, false, 1, false), manager);
        float[] x = {2f, -3f, .5f, -.2f, 1.5f, -1.5f};
        float[] d = {-.4f, .7f, 5f, 5f, .3f, -.2f};
        assertEquals(-1.1f, gradient(range, d, x, null, 0), TOL);
    }

    @Test
    void relativeGradientIsScaledByRangeAndGradientScale() {
        InputRange range = new InputRange(params(2.0, 0, 0, false, 2, true), manager);
        float[] x = {4f, -6f, 1f, -.4f, 3f, -3f};
        float[] d = {-.4f, .7f, 5f, 5f, .3f, -.2f};
        assertEquals(-1.1f * 2 * 2, gradient(range, d, x, null, 0), TOL);
    }

    @Test
    void decayShrinksTheRangeOnlyWhenFewInputsClip() {
        InputRange range = new InputRange(params(1.0, 0, 0.01, false, 1, false), manager);
        float[] inside20 = new float[21];
        float[] d = new float[21];
        inside20[20] = 2f; // 20 of 21 inside: 0.952 > 0.95
        assertEquals(0.01f, gradient(range, d, inside20, null, 0), TOL);
        float[] inside19 = new float[20];
        inside19[19] = 2f; // 19 of 20 inside: 0.95, not above
        assertEquals(0f, gradient(range, new float[20], inside19, null, 0), TOL);
    }

    @Test
    void outputClippingGrowsTheRangeCountingAgainstTheInputGradientSize() {
        InputRange range = new InputRange(params(2.0, 0, 0, true, 1, false), manager);
        float[] x = new float[8];
        float[] d = new float[8];
        float[] y = {10f, -9.995f, 9.98f, 0f};
        // bound 0.999·10 = 9.99: two clipped outputs over 8 input-gradient elements (quirk), p = 0.75 < 0.95
        assertEquals(-(1 - .75f) * 2f, gradient(range, d, x, y, 10.0), TOL);
        float[] fewClipped = {10f, 0f, 0f, 0f};
        InputRange lenient = new InputRange(new InputRangeParameter(true, true, 2.0, 0, 3.0, 0, 0.95, true, 0.8,
                1.0, false), manager);
        assertEquals(0f, gradient(lenient, d, x, fewClipped, 10.0), TOL, "p = 7/8 is above 0.8");
    }
}
