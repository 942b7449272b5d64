package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.Rng;
import org.driftlab.config.ConverterParameter;
import org.driftlab.config.ConverterType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConverterTest {
    private NDManager manager;
    private NDArray weights;

    @BeforeEach
    void setUp() {
        manager = NDManager.newBaseManager();
        weights = new Rng(7).normal(manager, new Shape(10, 35));
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    /** Round trip within 1e-5 of max|W|, every slice inside [lo, hi] (1e-6 relative slack for float32). */
    private void assertRoundTrip(ConductanceConverter converter, double lo, double hi) {
        Conductances c = converter.toConductances(weights);
        double slack = 1e-6 * Math.max(1.0, hi);
        assertEquals(converter.sliceCount(), c.slices().size());
        for (NDArray slice : c.slices()) {
            assertTrue(slice.min().getFloat() >= lo - slack, "slice below " + lo);
            assertTrue(slice.max().getFloat() <= hi + slack, "slice above " + hi);
            assertEquals(manager, slice.getManager());
        }
        NDArray back = converter.toWeights(c.slices(), c.params());
        double maxAbs = weights.abs().max().getFloat();
        double error = back.sub(weights).abs().max().getFloat();
        assertTrue(error <= 1e-5 * maxAbs, "round-trip error " + error);
        assertEquals(manager, back.getManager());
    }

    @Test
    void singlePairRoundTrip() {
        assertRoundTrip(new SinglePairConverter(3.123, 0.789), 0.789, 3.123);
    }

    @Test
    void dualPairRoundTrip() {
        assertRoundTrip(NPairConverter.dualPair(List.of(1.0, 3.0), 25.0, 0.0), 0.0, 25.0);
    }

    @Test
    void nPairRoundTrip() {
        assertRoundTrip(new NPairConverter(List.of(1.0, 2.0, 3.0), 25.0, 0.0), 0.0, 25.0);
    }

    @Test
    void customPairRoundTrip() {
        double gMin = 0.0;
        double gMax = 25.0;
        double mid = (gMax - gMin) / 2 + gMin;
        List<List<Double>> gLst = List.of(List.of(gMin, gMin, gMin, mid, gMax), List.of(gMax, mid, gMin, gMin, gMin));
        assertRoundTrip(new CustomPairConverter(List.of(1.0), gLst, gMax, gMin), gMin, gMax);
    }

    @Test
    void singleDeviceRoundTripStaysInRange() {
        assertRoundTrip(new SingleDeviceConverter(88.19, 9.0), 9.0, 88.19);
    }

    @Test
    void singlePairHandExample() {
        NDArray w = manager.create(new float[] {0.5f, -1f, 0f, 0.25f});
        Conductances c = new SinglePairConverter(25.0, 1.0).toConductances(w);
        assertEquals(24.0, c.params().scaleRatio().getFloat(), 1e-6);
        assertArrayEquals(new float[] {13f, 1f, 1f, 7f}, c.slices().get(0).toFloatArray(), 1e-5f);
        assertArrayEquals(new float[] {1f, 25f, 1f, 1f}, c.slices().get(1).toFloatArray(), 1e-5f);
    }

    @Test
    void nPairFillsTheLowerPairFirst() {
        NDArray w = manager.create(new float[] {1f, 0.25f});
        Conductances c = new NPairConverter(List.of(1.0, 3.0), 25.0, 0.0).toConductances(w);
        // max weight = (1 + 3) * 25 = 100 µS: w = 0.25 is 25 µS, exactly the full lower pair.
        assertArrayEquals(new float[] {25f, 25f}, c.slices().get(0).toFloatArray(), 1e-4f);
        assertArrayEquals(new float[] {25f, 0f}, c.slices().get(2).toFloatArray(), 1e-4f);
    }

    @Test
    void customPairInterpolatesOnTheTileGrid() {
        List<List<Double>> gLst = List.of(List.of(0.0, 0.0, 0.0, 12.5, 25.0), List.of(25.0, 12.5, 0.0, 0.0, 0.0));
        CustomPairConverter converter = new CustomPairConverter(List.of(1.0), gLst, 25.0, 0.0);
        NDArray w = manager.create(new float[] {-2f, -1f, 0.25f, 0.75f});
        Conductances c = converter.toConductances(w);
        // w / max|w| = -1, -0.5, 0.125, 0.375 on the grid linspace(-1, 1, 5)
        assertArrayEquals(new float[] {0f, 0f, 3.125f, 9.375f}, c.slices().get(0).toFloatArray(), 1e-4f);
        assertArrayEquals(new float[] {25f, 12.5f, 0f, 0f}, c.slices().get(1).toFloatArray(), 1e-4f);
    }

    @Test
    void nonInvertibleCustomPairIsRejected() {
        List<List<Double>> flat = List.of(List.of(0.0, 5.0, 5.0, 5.0, 25.0), List.of(25.0, 5.0, 5.0, 5.0, 0.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CustomPairConverter(List.of(1.0), flat, 25.0, 0.0));
        assertTrue(e.getMessage().contains("invertible"), e.getMessage());
    }

    @Test
    void factoryBuildsEveryType() {
        for (ConverterType type : ConverterType.values()) {
            ConductanceConverter converter = Converters.create(ConverterParameter.defaults(type), 25.0);
            assertRoundTrip(converter, converter.lowestConductance(), converter.highestConductance());
        }
        assertThrows(IllegalArgumentException.class, () -> Converters.create(
                new ConverterParameter(ConverterType.DUAL_PAIR, 0.0, List.of(1.0, 2.0, 3.0), List.of()), 25.0));
    }

    @Test
    void intermediatesAreFreed() {
        BaseCount before = BaseCount.of(manager);
        Conductances c = new NPairConverter(List.of(1.0, 2.0, 3.0), 25.0, 0.0).toConductances(weights);
        // six slices and one scale ratio, nothing else
        assertEquals(before.count() + 7, BaseCount.of(manager).count());
        NDArray back = new NPairConverter(List.of(1.0, 2.0, 3.0), 25.0, 0.0).toWeights(c.slices(), c.params());
        assertEquals(before.count() + 8, BaseCount.of(manager).count());
        assertEquals(manager, back.getManager());
    }
}
