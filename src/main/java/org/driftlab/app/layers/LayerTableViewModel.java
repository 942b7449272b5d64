package org.driftlab.app.layers;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftlab.app.AppContext;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.ModelLayers;
import org.driftlab.experiment.ShippedModels;

/**
 * The layer table of a shipped model mapped with the current configuration: built whenever the model or the
 * configuration changes, latest wins, on the compute thread (building a network initializes it through the
 * engine's global generator, which must not interleave with a running job's draws).
 */
public final class LayerTableViewModel {
    private final AppContext context;
    private final Executor compute;
    private final StringProperty model = new SimpleStringProperty("default-hwa");
    private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private volatile long requested;

    /**
     * @param compute where the table is built: the compute queue's interactive lane in the app
     */
    public LayerTableViewModel(AppContext context, Executor compute) {
        this.context = context;
        this.compute = compute;
        model.addListener((o, a, b) -> refresh());
        context.workspace().validConfigProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public void refresh() {
        long request = ++requested;
        RpuConfig config = context.workspace().validConfigProperty().get();
        String id = model.get();
        if (config == null) {
            rows.clear();
            message.set("The configuration is invalid: fix the marked fields to see how the layers are mapped.");
            return;
        }
        message.set("Building " + id + (context.jobs().isBusy() ? " after the running job…" : "…"));
        compute.execute(() -> {
            if (request != requested) {
                return;
            }
            try {
                List<LayerRow> built = ModelLayers.of(ShippedModels.checkpoint(id), config, Set.of()).stream()
                        .map(LayerRow::of).toList();
                context.ui().execute(() -> {
                    if (request == requested) {
                        rows.setAll(built);
                        long analog = built.stream().filter(r -> r.mapping().equals("analog")).count();
                        int tiles = built.stream().mapToInt(LayerRow::tiles).sum();
                        message.set(id + ": " + built.size() + " weight layers, " + analog + " analog on " + tiles
                                + " tiles (tiles of at most " + config.mapping().maxOutputSize() + " rows × "
                                + config.mapping().maxInputSize() + " columns).");
                    }
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> {
                    if (request == requested) {
                        rows.clear();
                        message.set("Could not build " + id + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObservableList<LayerRow> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
