package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.LayerKind;
import org.junit.jupiter.api.Test;

class ModelLayersTest {
    private static Map<String, ModelLayers.Layer> byName(List<ModelLayers.Layer> layers) {
        return layers.stream().collect(Collectors.toMap(l -> l.row().name(), Function.identity()));
    }

    @Test
    void squeezeNetLayersWithTheirTiles() {
        List<ModelLayers.Layer> layers = ModelLayers.of(ShippedModels.checkpoint("default-hwa"),
                RpuConfig.defaults(), Set.of("classifier.1"));
        assertEquals(26, layers.size());
        assertEquals("features.0", layers.get(0).row().name());
        Map<String, ModelLayers.Layer> named = byName(layers);
        ModelLayers.Layer first = named.get("features.0");
        assertEquals(LayerKind.CONV, first.row().kind());
        assertEquals(new Shape(64, 1, 3, 3), first.row().weightShape());
        assertTrue(first.row().analog());
        assertEquals(List.of(new Shape(64, 9)), first.tileShapes());
        // 64 squeezed channels × 3×3 = 576 columns, more than 512: split evenly in two, as aihwkit does
        ModelLayers.Layer expand = named.get("features.12.expand3x3");
        assertEquals(new Shape(256, 64, 3, 3), expand.row().weightShape());
        assertEquals(List.of(new Shape(256, 288), new Shape(256, 288)), expand.tileShapes());
        assertEquals("2 × 256×288", expand.tileSummary());
        ModelLayers.Layer classifier = named.get("classifier.1");
        assertFalse(classifier.row().analog());
        assertTrue(classifier.tileShapes().isEmpty());
        assertEquals("", classifier.tileSummary());
    }

    @Test
    void smallerTilesCutLayersIntoMore() {
        RpuConfig small = ConfigTree.with(RpuConfig.defaults(), "mapping.max_input_size", 128);
        ModelLayers.Layer expand = byName(ModelLayers.of(ShippedModels.checkpoint("default-hwa"), small, Set.of()))
                .get("features.12.expand3x3");
        assertEquals(5, expand.tileShapes().size(), "576 columns in tiles of at most 128");
        assertEquals("1 × 256×116, 4 × 256×115", expand.tileSummary());
    }
}
