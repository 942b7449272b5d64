package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Map;
import org.driftlab.analog.Rng;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class SqueezeNetTest extends WithTensorManager {
    private Network initialized(ModelSpec spec) {
        Network network = SqueezeNet.create(spec);
        network.initialize(manager, new Rng(1));
        return network;
    }

    @Test
    void parameterCountsEqualTorchvision() {
        assertEquals(1_248_424, initialized(new ModelSpec("squeezenet1_0", 1000, 3, 224)).trainableParameterCount());
        assertEquals(1_235_496, initialized(new ModelSpec("squeezenet1_1", 1000, 3, 224)).trainableParameterCount());
        assertEquals(723_522, initialized(new ModelSpec("squeezenet1_1", 2, 3, 224)).trainableParameterCount());
        assertEquals(250_209, initialized(new ModelSpec("squeezenet1_1_hpml", 1, 3, 224)).trainableParameterCount());
    }

    @Test
    void spatialSizesPerLayerFollowTheSpecAt224() {
        Network network = SqueezeNet.create(new ModelSpec("squeezenet1_1", 2, 3, 224));
        Map<String, LayerTableRow> rows = new java.util.HashMap<>();
        network.layerTable(224).forEach(row -> rows.put(row.name(), row));
        assertEquals(new Shape(1, 64, 111, 111), rows.get("features.0").outputShape());
        assertEquals(new Shape(1, 64, 55, 55), rows.get("features.3.squeeze").inputShape());
        assertEquals(new Shape(1, 128, 27, 27), rows.get("features.6.squeeze").inputShape());
        assertEquals(new Shape(1, 256, 13, 13), rows.get("features.9.squeeze").inputShape());
        assertEquals(new Shape(1, 512, 13, 13), rows.get("classifier.1").inputShape());
        assertEquals(26, rows.size());
        assertEquals("features.3.expand1x1", network.layerTable(224).get(2).name());
    }

    @Test
    void outputShapesAtSeveralInputSizes() {
        for (int size : List.of(224, 32, 17)) {
            Network network = initialized(new ModelSpec("squeezenet1_1", 10, 1, size));
            NDArray out = forward(network, manager.randomUniform(0, 1, new Shape(2, 1, size, size)));
            assertEquals(new Shape(2, 10), out.getShape());
            assertEquals(new Shape(2, 10), network.getOutputShapes(new Shape[] {new Shape(2, 1, size, size)})[0]);
        }
        Network v10 = initialized(new ModelSpec("squeezenet1_0", 5, 3, 21));
        assertEquals(new Shape(3, 5), forward(v10, manager.randomUniform(0, 1, new Shape(3, 3, 21, 21))).getShape());
        Network hpml = initialized(new ModelSpec("squeezenet1_1_hpml", 1, 3, 64));
        NDArray p = forward(hpml, manager.randomUniform(0, 1, new Shape(2, 3, 64, 64)));
        assertEquals(new Shape(2, 1), p.getShape());
        assertTrue(p.gte(0).all().getBoolean() && p.lte(1).all().getBoolean());
    }

    private NDArray forward(Network network, NDArray x) {
        return network.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
    }

    @Test
    void inputsBelowTheMinimumAreRejectedNamingIt() {
        var v10 = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("squeezenet1_0", 10, 3, 20));
        assertTrue(v10.getMessage().contains("at least 21"), v10.getMessage());
        var v11 = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("squeezenet1_1", 10, 3, 16));
        assertTrue(v11.getMessage().contains("at least 17"), v11.getMessage());
        new ModelSpec("squeezenet1_1", 10, 3, 17);
    }

    @Test
    void unknownIdListsTheAllowedOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ModelSpec("resnet18", 10, 3, 32));
        assertTrue(e.getMessage().contains("squeezenet1_0, squeezenet1_1, squeezenet1_1_hpml"), e.getMessage());
    }

    @Test
    void initFollowsTorchvision() {
        Network network = initialized(new ModelSpec("squeezenet1_1", 10, 3, 32));
        NDArray conv0 = network.parameterBlocks().get("features.0").getParameters().get("weight").getArray();
        float bound = (float) Math.sqrt(6.0 / 27);
        assertTrue(conv0.abs().max().getFloat() <= bound);
        assertTrue(conv0.abs().max().getFloat() > 0.8f * bound);
        NDArray last = network.parameterBlocks().get("classifier.1").getParameters().get("weight").getArray();
        assertEquals(0.01, Math.sqrt(last.pow(2).mean().getFloat()), 0.002);
        NDArray bias = network.parameterBlocks().get("features.3.squeeze").getParameters().get("bias").getArray();
        assertEquals(0f, bias.abs().sum().getFloat());
    }
}
