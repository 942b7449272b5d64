package org.driftlab.app.config;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.driftlab.app.Buttons;
import org.driftlab.config.ConfigException;
import org.driftlab.config.Preset;

/** The key paths where the edited config differs from a chosen preset or saved file. */
final class ConfigDiffDialog extends Dialog<Void> {
    private final ConfigEditorViewModel model;
    private final TableView<DiffRow> table = new TableView<>();
    private final TableColumn<DiffRow, String> thatColumn = new TableColumn<>();
    private final Label summary = new Label();
    private final ComboBox<String> presets = new ComboBox<>();

    ConfigDiffDialog(ConfigEditorViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Diff of " + model.sourceNameProperty().get());
        setResizable(true);

        presets.setId("diff-preset");
        presets.setPromptText("a preset");
        presets.getItems().setAll(model.presets().stream().map(Preset::name).toList());
        presets.valueProperty().addListener((observable, old, name) -> {
            if (name != null) {
                compare(name + " (preset)", () -> model.diffAgainstPreset(name));
            }
        });
        Button file = Buttons.of("Saved file…", "diff-file", this::chooseFile);
        HBox chooser = new HBox(8, new Label("Compare with"), presets, new Label("or"), file);
        chooser.setAlignment(Pos.CENTER_LEFT);

        TableColumn<DiffRow, String> keyColumn = column("Key", DiffRow::keyPath);
        TableColumn<DiffRow, String> thisColumn = column("This config", DiffRow::thisValue);
        thatColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().thatValue()));
        keyColumn.setPrefWidth(280);
        thisColumn.setPrefWidth(200);
        thatColumn.setPrefWidth(200);
        table.getColumns().add(keyColumn);
        table.getColumns().add(thisColumn);
        table.getColumns().add(thatColumn);
        table.setId("diff-table");
        table.setPlaceholder(new Label("No differences"));
        table.setPrefSize(700, 420);

        summary.setWrapText(true);
        BorderPane content = new BorderPane(table, new VBox(6, chooser, summary), null, null, null);
        BorderPane.setMargin(table, new Insets(6, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(ConfigDiffDialog.class.getResource("config-editor.css")
                .toExternalForm());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        Path saved = model.fileProperty().get();
        if (saved != null) {
            compare(saved.getFileName() + " (saved)", () -> model.diffAgainstFile(saved));
        } else {
            presets.setValue(model.loadedPreset().orElse(presets.getItems().get(0)));
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Compare with a configuration file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Configurations", "*.yaml", "*.yml",
                "*.json"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            presets.setValue(null);
            compare(chosen.getName(), () -> model.diffAgainstFile(chosen.toPath()));
        }
    }

    private void compare(String otherName, Supplier<List<DiffRow>> diff) {
        try {
            List<DiffRow> rows = diff.get();
            table.getItems().setAll(rows);
            thatColumn.setText(otherName);
            summary.getStyleClass().remove("field-error");
            summary.setText(rows.size() + (rows.size() == 1 ? " key differs from " : " keys differ from ")
                    + otherName + ".");
        } catch (ConfigException e) {
            summary.getStyleClass().add("field-error");
            summary.setText("Cannot compare with " + otherName + ":\n" + e.getMessage());
        }
    }

    private static TableColumn<DiffRow, String> column(String title, Function<DiffRow, String> value) {
        TableColumn<DiffRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }
}
