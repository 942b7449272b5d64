package org.driftlab.app;

import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.driftlab.Version;
import org.driftlab.app.settings.AppSettings;

/**
 * The main window: the configuration editor and the experiment panel on the left, the live views on the right,
 * the job queue below them.
 */
public final class MainWindow {
    private final AppContext context;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final SplitPane leftRight = new SplitPane();
    private final SplitPane viewsJobs = new SplitPane();
    private final TabPane leftTabs = new TabPane();
    private final TabPane viewTabs = new TabPane();

    public MainWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.setId("view-tabs");
        viewsJobs.setOrientation(Orientation.VERTICAL);
        viewsJobs.getItems().add(viewTabs);
        leftRight.getItems().addAll(leftTabs, viewsJobs);
        root.setTop(menuBar());
        root.setCenter(leftRight);
    }

    public void addLeftTab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        leftTabs.getTabs().add(tab);
    }

    public void addViewTab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        viewTabs.getTabs().add(tab);
    }

    /** Brings the view tab with this title to the front. */
    public void selectView(String title) {
        viewTabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> viewTabs.getSelectionModel().select(t));
    }

    public BorderPane root() {
        return root;
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
        stage.show();
    }

    /** Stores the window geometry and dividers in the settings file. */
    public void rememberLayout() {
        context.settings().update(s -> s.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()).withDividers(leftRight.getDividerPositions()[0],
                viewsJobs.getDividerPositions().length > 0 ? viewsJobs.getDividerPositions()[0] : 0.8));
        context.settings().save();
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, quit);
        file.setId("menu-file");
        return new MenuBar(file);
    }
}
