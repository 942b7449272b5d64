package org.driftlab.experiment;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.driftlab.analog.Rng;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.AnalogLayerView;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LayerTableRow;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;

/**
 * The layer table of a trained network mapped with a configuration: every weight layer with its shapes, whether
 * it is analog, and the tiles the configuration's mapping cuts it into.
 */
public final class ModelLayers {
    /** One layer: its table row and the shapes [out, in] of its tiles (empty for a digital layer). */
    public record Layer(LayerTableRow row, List<Shape> tileShapes) {
        public Layer {
            tileShapes = List.copyOf(tileShapes);
        }

        /** The tile shapes as "2 × 512×512, 1 × 512×64", equal shapes counted together, in order of appearance. */
        public String tileSummary() {
            if (tileShapes.isEmpty()) {
                return "";
            }
            Map<String, Long> counts = tileShapes.stream().map(s -> s.get(0) + "×" + s.get(1))
                    .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new,
                            Collectors.counting()));
            List<String> parts = new ArrayList<>();
            counts.forEach((shape, n) -> parts.add(n + " × " + shape));
            return String.join(", ", parts);
        }
    }

    private ModelLayers() {
    }

    /** Builds the network on the CPU (the tiles are not programmed) and reads its table at its own input size. */
    public static List<Layer> of(Path checkpoint, RpuConfig config, Set<String> digitalLayers) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            LoadedCheckpoint loaded = CheckpointFiles.load(checkpoint, manager, config);
            try (Network digital = loaded.network();
                 Network analog = AnalogConversion.convert(digital, config, digitalLayers, manager, new Rng(0))) {
                Map<String, AnalogLayerView> views = analog.analogLayers().stream()
                        .collect(Collectors.toMap(AnalogLayerView::name, Function.identity()));
                List<Layer> layers = new ArrayList<>();
                for (LayerTableRow row : analog.layerTable(analog.spec().inputSize())) {
                    AnalogLayerView view = views.get(row.name());
                    layers.add(new Layer(row, view == null ? List.of() : view.tileShapes()));
                }
                return layers;
            }
        }
    }
}
