package org.driftlab.app.config;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The config as aihwkit Python, with buttons to copy it or save it to a .py file. */
final class AihwkitExportDialog extends Dialog<Void> {

    AihwkitExportDialog(ConfigEditorViewModel model, String python, Window owner) {
        initOwner(owner);
        setTitle("aihwkit export of " + model.sourceNameProperty().get());
        setResizable(true);

        TextArea code = new TextArea(python);
        code.setId("aihwkit-code");
        code.setEditable(false);
        code.getStyleClass().add("python-code");
        code.setPrefSize(720, 460);

        Label status = new Label();
        Button copy = new Button("Copy");
        copy.setId("aihwkit-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(python);
            Clipboard.getSystemClipboard().setContent(content);
            status.setText("Copied to the clipboard.");
        });
        Button save = new Button("Save…");
        save.setId("aihwkit-save");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save aihwkit Python");
            chooser.setInitialFileName("rpu_config.py");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Python", "*.py"));
            File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.saveAihwkit(chosen.toPath());
                status.setText(model.messageProperty().get());
            }
        });

        BorderPane content = new BorderPane(code);
        content.setBottom(new HBox(8, copy, save, status));
        BorderPane.setMargin(content.getBottom(), new Insets(6, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(AihwkitExportDialog.class.getResource("config-editor.css")
                .toExternalForm());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
