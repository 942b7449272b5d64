package org.driftlab.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.driftlab.Version;
import org.driftlab.app.accuracy.AccuracyView;
import org.driftlab.app.chart.ChartView;
import org.driftlab.app.config.ConfigEditorView;
import org.driftlab.app.experiment.ExperimentPanel;
import org.driftlab.app.experiment.ExperimentViewModel;
import org.driftlab.app.histograms.HistogramView;
import org.driftlab.app.layers.LayerTableView;
import org.driftlab.app.preview.DevicePreviewView;
import org.driftlab.app.runs.RunsView;
import org.driftlab.app.scrubber.ScrubberView;
import org.driftlab.app.sweep.SweepView;
import org.driftlab.app.jobs.JobQueueView;
import org.driftlab.app.settings.AppSettings;
import org.driftlab.app.teaching.DemoBar;
import org.driftlab.config.ConfigTree;
import org.driftlab.experiment.run.RunRecords;

/**
 * The main window: the configuration editor and the experiment panel on the left, the live views on the right,
 * the job queue below them; menus with keyboard shortcuts, themes and presentation mode.
 */
public final class MainWindow {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private final AppContext context;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final SplitPane leftRight = new SplitPane();
    private final SplitPane viewsJobs = new SplitPane();
    private final TabPane leftTabs = new TabPane();
    private final TabPane viewTabs = new TabPane();
    private final ConfigEditorView configEditor;
    private final ExperimentPanel experiment;
    private final AccuracyView accuracy;
    private final JobQueueView jobs;
    private final DemoBar demos;
    private final ScrubberView scrubber;
    private final RunsView runs;
    private final Menu recentExperiments = new Menu("Recent experiments");
    private final Consumer<JsonNode> configLoader;

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        configEditor = new ConfigEditorView(context);
        configLoader = tree -> configEditor.viewModel().load(ConfigTree.fromTree(tree), "experiment's configuration");
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.setId("view-tabs");
        experiment = new ExperimentPanel(context);
        experiment.onConfigLoaded(configLoader);
        accuracy = new AccuracyView(context);
        jobs = new JobQueueView(context.jobs(), context.newThrottle());
        demos = new DemoBar(experiment, configLoader);
        addLeftTab("Experiment", experiment);
        addLeftTab("Configuration", configEditor);
        addViewTab("Accuracy", accuracy);
        addViewTab("Histograms", new HistogramView(context));
        scrubber = new ScrubberView(context);
        addViewTab("Time scrubber", scrubber);
        addViewTab("Device preview", new DevicePreviewView(context));
        addViewTab("Layers", new LayerTableView(context));
        runs = new RunsView(context);
        addViewTab("Runs", runs);
        SweepView sweep = new SweepView(context);
        addViewTab("Sweep", sweep);
        sweep.sweepProperty().addListener((obs, before, now) -> selectView("Sweep"));
        Map<Long, String> seen = new ConcurrentHashMap<>();
        context.jobs().observe(job -> {
            // A drift run's folder appears once the job reports, and its status changes when it ends.
            String state = job.status() + (job.progress().isPresent() ? "+" : "");
            if (!state.equals(seen.put(job.id(), state))) {
                context.ui().execute(runs::refresh);
            }
        });
        viewsJobs.setOrientation(Orientation.VERTICAL);
        viewsJobs.getItems().addAll(viewTabs, jobs);
        leftRight.getItems().addAll(leftTabs, viewsJobs);
        root.setTop(new VBox(menuBar(), demos));
        root.setCenter(leftRight);
        AppSettings settings = context.settings().get();
        context.workspace().advancedProperty().set(settings.advanced());
        context.workspace().presentationProperty().set(settings.presentation());
        context.workspace().presentationProperty().addListener((obs, was, is) -> applyDisplay());
        context.workspace().advancedProperty().addListener((obs, was, is) -> rememberDisplay());
        context.workspace().shownRunProperty().addListener((obs, old, run) -> {
            if (run != null && !RunRecords.summary(run).isSweep()) {
                selectView("Accuracy");
            }
        });
    }

    private void addLeftTab(String title, Node content) {
        leftTabs.getTabs().add(tab(title, content));
    }

    private void addViewTab(String title, Node content) {
        viewTabs.getTabs().add(tab(title, content));
    }

    /** Brings the tab with this title (a view on the right, or a panel on the left) to the front. */
    public void selectView(String title) {
        for (TabPane pane : List.of(viewTabs, leftTabs)) {
            pane.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                    .ifPresent(t -> pane.getSelectionModel().select(t));
        }
    }

    public BorderPane root() {
        return root;
    }

    public ConfigEditorView configEditor() {
        return configEditor;
    }

    public ExperimentPanel experiment() {
        return experiment;
    }

    public AccuracyView accuracy() {
        return accuracy;
    }

    public RunsView runs() {
        return runs;
    }

    public JobQueueView jobs() {
        return jobs;
    }

    public void show() {
        AppSettings settings = context.settings().get();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(settings.windowWidth() >= 600 ? settings.windowWidth() : 1400, screen.getWidth());
        double height = Math.min(settings.windowHeight() >= 400 ? settings.windowHeight() : 900, screen.getHeight());
        Scene scene = new Scene(root, width, height);
        stage.setScene(scene);
        stage.setTitle("DriftLab " + Version.get());
        if (!Double.isNaN(settings.windowX()) && !Double.isNaN(settings.windowY())) {
            stage.setX(settings.windowX());
            stage.setY(settings.windowY());
        }
        stage.setMaximized(settings.maximized());
        leftRight.setDividerPositions(settings.leftDivider() > 0.1 ? settings.leftDivider() : 0.32);
        viewsJobs.setDividerPositions(settings.bottomDivider() > 0.2 ? settings.bottomDivider() : 0.8);
        applyDisplay();
        if (context.settings().loadProblem() != null) {
            jobs.setStatus(context.settings().loadProblem());
        }
        stage.show();
    }

    /** Stores the window geometry and dividers in the settings file. */
    public void rememberLayout() {
        context.settings().update(s -> s.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()).withDividers(leftRight.getDividerPositions()[0],
                viewsJobs.getDividerPositions().length > 0 ? viewsJobs.getDividerPositions()[0] : 0.8));
        context.settings().save();
    }

    /** Frees what the views hold (the scrubber's programmed network). */
    public void close() {
        scrubber.model().close();
    }

    /** Switches between the light and dark theme. */
    public void setTheme(String theme) {
        context.settings().update(s -> s.withDisplay(theme, s.presentation(), s.advanced()));
        applyDisplay();
    }

    private void applyDisplay() {
        boolean presentation = context.workspace().presentationProperty().get();
        String theme = context.settings().get().theme();
        root.getStylesheets().setAll(Themes.stylesheets(theme, presentation));
        root.getStyleClass().remove(ChartView.PRESENTATION);
        if (presentation) {
            root.getStyleClass().add(ChartView.PRESENTATION);
        }
        root.lookupAll(".chart-view").forEach(node -> ((ChartView) node).restyle());
        demos.setVisible(presentation);
        demos.setManaged(presentation);
        if (presentation) {
            context.workspace().advancedProperty().set(false);
        }
        rememberDisplay();
    }

    private void rememberDisplay() {
        context.settings().update(s -> s.withDisplay(s.theme(), context.workspace().presentationProperty().get(),
                context.workspace().advancedProperty().get()));
    }

    private Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        return tab;
    }

    private MenuBar menuBar() {
        MenuItem openExperiment = item("Open experiment…", "Shortcut+Shift+O", experiment::chooseExperimentFile);
        rebuildRecent();
        recentExperiments.setOnShowing(e -> rebuildRecent());
        MenuItem quit = item("Quit", "Shortcut+Q", stage::close);
        Menu file = new Menu("File", null,
                item("Open configuration…", "Shortcut+O", configEditor::open),
                item("Save configuration", "Shortcut+S", configEditor::save),
                item("Save configuration as…", "Shortcut+Shift+S", configEditor::saveAs),
                item("Diff configuration…", null, configEditor::showDiff),
                item("Export as aihwkit Python…", null, configEditor::exportAihwkit),
                new SeparatorMenuItem(), openExperiment, recentExperiments, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu run = new Menu("Run", null,
                item("Evaluate drift", "Shortcut+R", experiment::runDrift),
                item("Sweep", "Shortcut+Shift+R", () -> experiment.runSweep(ExperimentViewModel.SweepKind.AXES)),
                item("Layer-sensitivity scan", null,
                        () -> experiment.runSweep(ExperimentViewModel.SweepKind.LAYER_SENSITIVITY)),
                item("Train", null, () -> experiment.train(false)),
                item("HWA fine-tune", null, () -> experiment.train(true)),
                item("Cancel all jobs", "Shortcut+Period",
                        () -> context.jobs().jobs().forEach(org.driftlab.app.jobs.QueuedJob::cancel)));

        CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
        presentation.setAccelerator(KeyCombination.keyCombination("F5"));
        presentation.selectedProperty().bindBidirectional(context.workspace().presentationProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setSelected(DARK.equals(context.settings().get().theme()));
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> setTheme(dark.isSelected() ? DARK : LIGHT));
        CheckMenuItem advanced = new CheckMenuItem("Advanced parameters");
        advanced.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        advanced.selectedProperty().bindBidirectional(context.workspace().advancedProperty());
        advanced.disableProperty().bind(context.workspace().presentationProperty());
        Menu view = new Menu("View", null, presentation, dark, advanced);

        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", this::showShortcuts),
                item("About DriftLab", null, this::showAbout));
        return new MenuBar(file, run, view, help);
    }

    private void rebuildRecent() {
        recentExperiments.getItems().clear();
        for (String path : context.settings().get().recentExperiments()) {
            recentExperiments.getItems().add(item(path, null, () -> experiment.openExperiment(Path.of(path))));
        }
        recentExperiments.setDisable(recentExperiments.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showShortcuts() {
        info("Keyboard shortcuts", """
                Ctrl+R            evaluate drift with the current settings
                Ctrl+Shift+R      run the sweep
                Ctrl+.            cancel all jobs
                Ctrl+Shift+O      open an experiment file
                Ctrl+O / Ctrl+S   open / save the RPU configuration (Ctrl+Shift+S: save as)
                F5                presentation mode
                Ctrl+Shift+D      dark theme
                Ctrl+Shift+A      advanced parameters
                Ctrl+Q            quit""");
    }

    private void showAbout() {
        info("About DriftLab", "DriftLab " + Version.get() + "\nAnalog in-memory computing drift explorer.\n"
                + "Settings: " + context.settings().file() + "\nRuns: " + context.runs().root());
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(stage);
        alert.show();
    }
}
