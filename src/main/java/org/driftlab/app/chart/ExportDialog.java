package org.driftlab.app.chart;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.driftlab.report.ChartFormat;

/** Asks for the export settings (format, size, PNG scale), then for the file. */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static Optional<ExportSettings> askSettings(Window owner, ChartFormat initial) {
        Dialog<ExportSettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export chart");
        ComboBox<ChartFormat> format = new ComboBox<>();
        format.getItems().setAll(ChartFormat.values());
        format.setValue(initial);
        ExportSettings defaults = ExportSettings.defaults(initial);
        Spinner<Integer> width = new Spinner<>(ExportSettings.MIN_SIZE, ExportSettings.MAX_SIZE, defaults.width(), 50);
        Spinner<Integer> height = new Spinner<>(ExportSettings.MIN_SIZE, ExportSettings.MAX_SIZE, defaults.height(),
                50);
        Spinner<Double> scale = new Spinner<>(0.5, 8, defaults.scale(), 0.5);
        width.setEditable(true);
        height.setEditable(true);
        scale.setEditable(true);
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ChartFormat.PNG));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Width (px; pt in PDF)"), width);
        grid.addRow(2, new Label("Height"), height);
        grid.addRow(3, new Label("PNG scale (pixels per px)"), scale);
        grid.addRow(4, new Label("CSV writes the plotted data instead of the picture."));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ExportSettings(format.getValue(), width.getValue(), height.getValue(), scale.getValue())
                : null);
        return dialog.showAndWait();
    }

    public static Optional<Path> askFile(Window owner, String baseName, ChartFormat format, File folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format);
        chooser.setInitialFileName(baseName + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format + " files", "*." + format.extension()));
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
