package org.driftlab.app.config;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.driftlab.app.AppContext;
import org.driftlab.app.Buttons;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.ParameterKind;
import org.driftlab.config.Preset;

/**
 * The configuration editor: the file or preset edited with its unsaved-changes marker and the advanced toggle, a
 * toolbar (preset, open with recent files, save, save as, diff, aihwkit export), the problems that block running,
 * and a form with one titled section per aihwkit group.
 * Each control has the id {@code field-<key path>} (e.g. {@code field-forward.inp_res}).
 */
public final class ConfigEditorView extends BorderPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ConfigEditorViewModel model;

    public ConfigEditorView(AppContext context) {
        this.model = new ConfigEditorViewModel(context.workspace(), context.settings());
        getStylesheets().add(ConfigEditorView.class.getResource("config-editor.css").toExternalForm());
        setTop(new VBox(sourceLine(context), toolbar(), problems()));
        setCenter(form());
        Label status = new Label();
        status.setId("config-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> firstLine(model.messageProperty().get()),
                model.messageProperty()));
        status.setPadding(new Insets(2, 6, 2, 6));
        setBottom(status);
    }

    public ConfigEditorViewModel viewModel() {
        return model;
    }

    /** Opens a config file chosen in a dialog, after asking whether unsaved changes may go. */
    public void open() {
        if (!mayDiscardChanges()) {
            return;
        }
        File chosen = configChooser("Open configuration").showOpenDialog(window());
        if (chosen != null) {
            openFile(chosen.toPath());
        }
    }

    /** Saves to the current file, or asks for one when there is none. */
    public void save() {
        if (model.fileProperty().get() == null) {
            saveAs();
        } else if (!model.save()) {
            showProblem("Not saved", model.messageProperty().get());
        }
    }

    public void saveAs() {
        FileChooser chooser = configChooser("Save configuration as");
        Path current = model.fileProperty().get();
        chooser.setInitialFileName(current == null ? "rpu_config.yaml" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(window());
        if (chosen == null) {
            return;
        }
        Path path = chosen.toPath();
        if (ConfigFormat.fromPath(path).isEmpty()) {
            String extension = chooser.getSelectedExtensionFilter() == null ? "*.yaml"
                    : chooser.getSelectedExtensionFilter().getExtensions().get(0);
            path = path.resolveSibling(path.getFileName() + extension.substring(1));
        }
        if (!model.saveAs(path)) {
            showProblem("Not saved", model.messageProperty().get());
        }
    }

    /** Shows how the config differs from a preset or a saved file. */
    public void showDiff() {
        new ConfigDiffDialog(model, window()).show();
    }

    /** Shows the config as aihwkit Python, to copy or save. */
    public void exportAihwkit() {
        model.aihwkitPython().ifPresentOrElse(
                python -> new AihwkitExportDialog(model, python, window()).show(),
                () -> showProblem("No aihwkit export", model.messageProperty().get()));
    }

    private ToolBar toolbar() {
        MenuButton presets = new MenuButton("Preset");
        presets.setId("config-preset");
        presets.setTooltip(new Tooltip("Load a named configuration"));
        for (Preset preset : model.presets()) {
            presets.getItems().add(presetItem(preset));
        }

        SplitMenuButton open = new SplitMenuButton();
        open.setText("Open");
        open.setId("config-open");
        open.setOnAction(e -> open());
        open.getItems().setAll(recentItems());
        model.fileProperty().addListener((observable, old, now) -> open.getItems().setAll(recentItems()));
        open.setTooltip(new Tooltip("Open a JSON or YAML configuration; the arrow lists recent files"));

        Button save = Buttons.of("Save", "config-save", "Save to the current file", this::save);
        Button saveAs = Buttons.of("Save as…", "config-save-as", "Save as JSON or YAML (by extension)", this::saveAs);
        Button diff = Buttons.of("Diff…", "config-diff", "Compare with a preset or a saved file", this::showDiff);
        Button aihwkit = Buttons.of("aihwkit…", "config-aihwkit", "Export as aihwkit Python", this::exportAihwkit);

        return new ToolBar(presets, open, save, saveAs, diff, aihwkit);
    }

    /** The file or preset being edited, with ● while it has unsaved changes. */
    private Node sourceLine(AppContext context) {
        Label source = new Label();
        source.setId("config-source");
        source.getStyleClass().add("dirty-marker");
        source.setPadding(new Insets(4, 6, 0, 6));
        source.textProperty().bind(Bindings.createStringBinding(
                () -> model.sourceNameProperty().get() + (model.dirtyProperty().get() ? " ●" : ""),
                model.sourceNameProperty(), model.dirtyProperty()));
        source.setTooltip(new Tooltip("● marks unsaved changes"));
        source.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(source, Priority.ALWAYS);
        ToggleButton advanced = new ToggleButton("Advanced");
        advanced.setId("config-advanced");
        advanced.selectedProperty().bindBidirectional(context.workspace().advancedProperty());
        advanced.setTooltip(new Tooltip("Show every parameter, not only the basic ones"));

        HBox line = new HBox(8, source, advanced);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(0, 6, 0, 0));
        return line;
    }

    private Node problems() {
        Label summary = new Label();
        summary.setId("config-problems");
        summary.getStyleClass().add("field-error");
        summary.setWrapText(true);
        summary.setPadding(new Insets(2, 6, 2, 6));
        summary.textProperty().bind(model.problemSummaryProperty());
        summary.visibleProperty().bind(model.problemSummaryProperty().isNotNull());
        summary.managedProperty().bind(summary.visibleProperty());
        return summary;
    }

    private Node form() {
        VBox sections = new VBox(4);
        sections.setPadding(new Insets(4));
        for (FieldGroup group : model.groups()) {
            VBox rows = new VBox(6);
            group.fields().forEach(field -> rows.getChildren().add(row(field)));
            TitledPane pane = new TitledPane(group.name(), rows);
            pane.setId("group-" + group.name());
            pane.visibleProperty().bind(group.visible());
            pane.managedProperty().bind(group.visible());
            sections.getChildren().add(pane);
        }
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node row(ConfigField field) {
        String unit = field.info().unit();
        Label name = new Label(field.label() + (unit.isEmpty() ? "" : " [" + unit + "]"));
        name.getStyleClass().add("field-name");
        Control control = control(field);
        control.setId("field-" + field.keyPath());
        Tooltip help = new Tooltip(field.help());
        help.setShowDelay(Duration.millis(300));
        help.setShowDuration(Duration.seconds(30));
        help.setWrapText(true);
        help.setMaxWidth(480);
        name.setTooltip(help);
        control.setTooltip(help);
        name.setLabelFor(control);
        HBox.setHgrow(control, Priority.ALWAYS);
        HBox line = new HBox(8, name, control);
        line.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((observable, old, now) -> control.pseudoClassStateChanged(INVALID,
                now != null));
        control.pseudoClassStateChanged(INVALID, field.errorProperty().get() != null);

        VBox row = new VBox(2, line, error);
        row.visibleProperty().bind(field.visibleProperty());
        row.managedProperty().bind(field.visibleProperty());
        return row;
    }

    private static Control control(ConfigField field) {
        ParameterKind kind = field.info().kind();
        if (kind == ParameterKind.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setSelected("true".equals(field.textProperty().get()));
            field.textProperty().addListener((observable, old, now) -> box.setSelected("true".equals(now)));
            box.selectedProperty().addListener((observable, old, now) -> {
                if (!Boolean.toString(now).equals(field.textProperty().get())) {
                    field.textProperty().set(Boolean.toString(now));
                }
            });
            return box;
        }
        if (kind == ParameterKind.ENUM) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(field.info().allowedValues());
            choice.valueProperty().bindBidirectional(field.textProperty());
            choice.setPrefWidth(200);
            return choice;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.textProperty());
        text.setMaxWidth(kind == ParameterKind.NUMBER || kind == ParameterKind.INTEGER ? 200 : Double.MAX_VALUE);
        return text;
    }

    /** A preset's name above its one-line description. */
    private MenuItem presetItem(Preset preset) {
        Label name = new Label(preset.name());
        name.getStyleClass().add("preset-name");
        Label description = new Label(preset.description());
        description.setWrapText(true);
        description.setMaxWidth(420);
        CustomMenuItem item = new CustomMenuItem(new VBox(1, name, description));
        item.setId("preset-" + preset.name());
        item.setOnAction(e -> {
            if (mayDiscardChanges()) {
                model.loadPreset(preset.name());
            }
        });
        return item;
    }

    private List<MenuItem> recentItems() {
        List<Path> recent = model.recentFiles();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            return List.of(none);
        }
        return recent.stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(e -> {
                if (mayDiscardChanges()) {
                    openFile(path);
                }
            });
            return item;
        }).toList();
    }

    private void openFile(Path path) {
        if (!model.open(path)) {
            showProblem("Could not open " + path.getFileName(), model.messageProperty().get());
        }
    }

    private boolean mayDiscardChanges() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The changes to " + model.sourceNameProperty().get()
                + " are not saved. Discard them?", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setHeaderText("Unsaved changes");
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private FileChooser configChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private void showProblem(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setTitle(title);
        alert.setHeaderText(title);
        TextArea details = new TextArea(message);
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, (int) message.lines().count() + 1));
        alert.getDialogPane().setContent(details);
        alert.setResizable(true);
        alert.show();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
