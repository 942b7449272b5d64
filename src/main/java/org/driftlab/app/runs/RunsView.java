package org.driftlab.app.runs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.driftlab.app.AppContext;
import org.driftlab.app.Buttons;
import org.driftlab.app.chart.ChartView;
import org.driftlab.experiment.run.RunSummary;

/** The run history: open, compare, export all figures, delete. */
public final class RunsView extends BorderPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RunsViewModel model;
    private final TableView<RunSummary> table = new TableView<>();
    private final TableView<Map.Entry<String, List<String>>> differences = new TableView<>();
    private final Label comparisonNotes = new Label();
    private final ChartView curves = new ChartView("run-comparison", "Select two or more runs and press Compare.");

    public RunsView(AppContext context) {
        this.model = new RunsViewModel(context);
        setId("runs-view");
        table.setId("runs-table");
        curves.setId("runs-curves");
        table.setItems(model.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs yet in " + context.runs().root()));
        table.getColumns().setAll(List.of(
                column("Status", RunSummary::status, 90),
                column("Date", r -> r.started() == null ? "" : DATE.format(r.started()), 130),
                column("Kind", RunSummary::kind, 60),
                column("Name", RunSummary::name, 160),
                column("Model", RunSummary::model, 110),
                column("Settings", r -> r.readable() ? r.settings() : r.problem(), 320)));
        table.setRowFactory(t -> {
            TableRow<RunSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(RunSummary run, boolean empty) {
                    super.updateItem(run, empty);
                    setTooltip(empty || run == null ? null : new Tooltip(run.folder()
                            + (run.readable() ? "" : "\n" + run.problem())));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });

        Button refresh = Buttons.of("Refresh", "runs-refresh", this::refresh);
        Button open = Buttons.of("Open", "runs-open", this::open);
        Button compare = Buttons.of("Compare", "runs-compare", this::compare);
        Button export = Buttons.of("Export all figures…", "runs-export-all", this::exportAll);
        Button delete = Buttons.of("Delete…", "runs-delete", this::delete);
        var selected = table.getSelectionModel().getSelectedItems();
        open.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        export.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        compare.disableProperty().bind(Bindings.size(selected).lessThan(2));
        delete.disableProperty().bind(Bindings.isEmpty(selected));

        differences.setId("runs-differences");
        differences.setPlaceholder(new Label("No differing settings to show."));
        comparisonNotes.setWrapText(true);
        VBox diffPane = new VBox(4, new Label("Settings that differ"), differences, comparisonNotes);
        VBox.setVgrow(differences, Priority.ALWAYS);
        SplitPane comparison = new SplitPane(diffPane, curves);
        comparison.setDividerPositions(0.45);
        SplitPane body = new SplitPane(table, comparison);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);

        Label message = new Label();
        message.setId("runs-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(2, 6, 2, 6));
        setTop(new ToolBar(refresh, open, compare, export, delete));
        setCenter(body);
        setBottom(message);
        curves.setReadout(ChartView::timeAccuracyReadout);
        refresh();
    }

    public RunsViewModel model() {
        return model;
    }

    /** Reads the run store again (the main window calls it when a job finishes). */
    public void refresh() {
        List<Path> selected = table.getSelectionModel().getSelectedItems().stream().map(RunSummary::folder).toList();
        model.refresh();
        for (RunSummary run : model.runs()) {
            if (selected.contains(run.folder())) {
                table.getSelectionModel().select(run);
            }
        }
    }

    private void open() {
        single().ifPresent(run -> act(() -> model.open(run)));
    }

    private void compare() {
        act(() -> {
            RunComparison comparison = model.compare(List.copyOf(table.getSelectionModel().getSelectedItems()));
            differences.getColumns().clear();
            differences.getColumns().add(column("Setting", Map.Entry::getKey, 220));
            for (int i = 0; i < comparison.runs().size(); i++) {
                int index = i;
                differences.getColumns().add(column(comparison.runs().get(i), e -> e.getValue().get(index), 160));
            }
            differences.getItems().setAll(comparison.differences().entrySet());
            comparisonNotes.setText(String.join("\n", comparison.notes()));
            curves.show(comparison.curves());
        });
    }

    private void exportAll() {
        single().ifPresent(run -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for all figures of " + run.folder().getFileName());
            if (run.folder().toFile().isDirectory()) {
                chooser.setInitialDirectory(run.folder().toFile());
            }
            File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                act(() -> model.exportAll(run, folder.toPath()));
            }
        });
    }

    private void delete() {
        List<RunSummary> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        StringBuilder text = new StringBuilder("Delete " + chosen.size() + (chosen.size() == 1 ? " run" : " runs")
                + " and everything in " + (chosen.size() == 1 ? "its folder" : "their folders") + "?\n");
        chosen.forEach(run -> text.append('\n').append(run.folder())
                .append("running".equals(run.status()) ? "  (still running?)" : ""));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete runs");
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        for (RunSummary run : chosen) {
            if (!act(() -> model.delete(run))) {
                return;
            }
        }
    }

    private Optional<RunSummary> single() {
        var selected = table.getSelectionModel().getSelectedItems();
        return selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
    }

    private interface Action {
        void run() throws IOException;
    }

    /** Runs the action; a failure is shown in a dialog with its reason and the view carries on. */
    private boolean act(Action action) {
        try {
            action.run();
            return true;
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
            alert.setHeaderText("Runs");
            alert.initOwner(getScene() == null ? null : getScene().getWindow());
            alert.show();
            return false;
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
