package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Set;
import org.driftlab.analog.Rng;
import org.driftlab.config.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalogConversionTest {
    private static final ModelSpec SPEC = new ModelSpec("squeezenet1_1", 10, 3, 32);
    private NDManager manager;
    private Network digital;
    private NDArray x;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        digital = SqueezeNet.create(SPEC);
        digital.initialize(manager, new Rng(1));
        x = new Rng(2).uniform(manager, 0, 1, SPEC.inputShape(2));
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private NDArray eval(Network network) {
        return network.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
    }

    @Test
    void floatingPointConversionReproducesTheDigitalOutputs() {
        Network analog = AnalogConversion.convert(digital, Presets.get(Presets.FLOATING_POINT), Set.of(), manager,
                new Rng(3));
        assertEquals(26, analog.analogLayerBlocks().size());
        assertArrayEquals(eval(digital).toFloatArray(), eval(analog).toFloatArray(), 1e-4f);
    }

    @Test
    void namedLayersStayDigital() {
        Network analog = AnalogConversion.convert(digital, Presets.get(Presets.INFERENCE_DEFAULT),
                Set.of("features.0", "classifier.1"), manager, new Rng(3));
        assertTrue(analog.weightLayers().get("features.0") instanceof Conv2d);
        assertTrue(analog.weightLayers().get("classifier.1") instanceof Conv2d);
        assertTrue(analog.weightLayers().get("features.3.squeeze") instanceof AnalogConv2d);
        List<AnalogLayerView> views = analog.analogLayers();
        assertFalse(views.get(0).analog());
        assertEquals(0, views.get(0).tileCount());
        assertTrue(views.get(1).analog());
        assertEquals(1, views.get(1).tileCount());
        var rows = analog.layerTable(32);
        assertEquals(0, rows.get(0).mvmsPerInference());
        assertEquals(49, rows.get(1).reuse(), "32 -> 15 -> pool 7");
        var e = assertThrows(IllegalArgumentException.class, () -> AnalogConversion.convert(digital,
                Presets.get(Presets.INFERENCE_DEFAULT), Set.of("features.99"), manager, new Rng(3)));
        assertTrue(e.getMessage().contains("features.99"), e.getMessage());
    }

    @Test
    void programmingAndDriftChangeTheOutputsAndTheSameSeedRepeatsThem() {
        Network analog = AnalogConversion.convert(digital, Presets.get(Presets.INFERENCE_DEFAULT), Set.of(), manager,
                new Rng(3));
        analog.setRng(new Rng(10));
        float[] fresh = eval(analog).toFloatArray();

        analog.programAll(new Rng(4));
        analog.driftAll(1, new Rng(5));
        analog.setRng(new Rng(11));
        float[] oneSecond = eval(analog).toFloatArray();
        AnalogLayerView.TileView tile = analog.analogLayers().get(1).tiles().get(0);
        assertNotNull(tile.programmedConductances());
        assertEquals(2, tile.driftedConductances().size());

        analog.driftAll(365 * 86400.0, new Rng(6));
        analog.setRng(new Rng(11));
        float[] oneYear = eval(analog).toFloatArray();
        assertTrue(maxDifference(fresh, oneSecond) > 1e-3);
        assertTrue(maxDifference(oneSecond, oneYear) > 1e-3);

        analog.driftAll(1, new Rng(5));
        analog.setRng(new Rng(11));
        assertArrayEquals(oneSecond, eval(analog).toFloatArray(), 0f);

        Network again = AnalogConversion.convert(digital, Presets.get(Presets.INFERENCE_DEFAULT), Set.of(), manager,
                new Rng(3));
        again.programAll(new Rng(4));
        again.driftAll(1, new Rng(5));
        again.setRng(new Rng(11));
        assertArrayEquals(oneSecond, eval(again).toFloatArray(), 0f);
    }

    private static double maxDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
