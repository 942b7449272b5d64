package org.driftlab.app.layers;

import ai.djl.ndarray.types.Shape;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.driftlab.experiment.ModelLayers;

/** One row of the layer table as shown: every cell as text. */
public record LayerRow(String name, String kind, String weightShape, int tiles, String tileSizes, String mapping) {

    public static LayerRow of(ModelLayers.Layer layer) {
        var row = layer.row();
        return new LayerRow(row.name(), row.kind().name().toLowerCase(Locale.ROOT), shape(row.weightShape()),
                row.tiles(), layer.tileSummary(), row.analog() ? "analog" : "digital");
    }

    static String shape(Shape shape) {
        return LongStream.of(shape.getShape()).mapToObj(Long::toString).collect(Collectors.joining("×"));
    }
}
