package org.driftlab.app.layers;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.driftlab.app.AppContext;
import org.driftlab.experiment.ShippedModels;

/** Each weight layer of the chosen model: its kind, weight shape, the tiles it uses, analog or digital. */
public final class LayerTableView extends BorderPane {
    private final LayerTableViewModel model;

    public LayerTableView(AppContext context) {
        model = new LayerTableViewModel(context, context.jobs()::runInteractive);
        ComboBox<String> shipped = new ComboBox<>();
        shipped.setId("layers-model");
        shipped.getItems().setAll(ShippedModels.IDS);
        shipped.valueProperty().bindBidirectional(model.modelProperty());
        Label message = new Label();
        message.setId("layers-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox chooser = new HBox(8, new Label("Model"), shipped);
        chooser.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, chooser, message);
        top.setPadding(new Insets(6));
        setTop(top);

        TableView<LayerRow> table = new TableView<>(model.rows());
        table.setId("layers-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Layer", LayerRow::name));
        table.getColumns().add(column("Kind", LayerRow::kind));
        table.getColumns().add(column("Weight shape", LayerRow::weightShape));
        table.getColumns().add(column("Tiles", LayerRow::tiles));
        table.getColumns().add(column("Tile sizes (rows×columns)", LayerRow::tileSizes));
        table.getColumns().add(column("Mapped", LayerRow::mapping));
        setCenter(table);
    }

    private static <T> TableColumn<LayerRow, T> column(String title, Function<LayerRow, T> cell) {
        TableColumn<LayerRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(cell.apply(data.getValue())));
        return column;
    }

    public LayerTableViewModel model() {
        return model;
    }
}
