package org.driftlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    static Path folder;

    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = FxTestSupport.context(folder);
        window = new MainWindow(context, stage);
        window.show();
    }

    @Test
    void opensWithTheVersionInTheTitle(FxRobot robot) {
        Stage stage = (Stage) window.root().getScene().getWindow();
        assertTrue(stage.getTitle().startsWith("DriftLab"), stage.getTitle());
        assertTrue(stage.isShowing());
    }

    @Test
    void presentationModeEnlargesHidesAdvancedAndOffersDemos(FxRobot robot) {
        robot.interact(() -> context.workspace().advancedProperty().set(true));
        robot.interact(() -> context.workspace().presentationProperty().set(true));
        assertTrue(window.root().getStyleClass().contains("presentation"));
        assertTrue(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));
        assertFalse(context.workspace().advancedProperty().get(), "presentation hides the advanced parameters");
        assertTrue(robot.lookup("#demo-bar").query().isVisible());
        assertTrue(context.settings().get().presentation());
        robot.interact(() -> context.workspace().presentationProperty().set(false));
        assertFalse(robot.lookup("#demo-bar").query().isVisible());
    }

    @Test
    void theDarkThemeIsAStylesheetAndIsRemembered(FxRobot robot) {
        robot.interact(() -> window.setTheme(MainWindow.DARK));
        assertTrue(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertEquals(MainWindow.DARK, context.settings().get().theme());
        robot.interact(() -> window.setTheme(MainWindow.LIGHT));
        assertFalse(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }

    @Test
    void remembersTheLayout(FxRobot robot) {
        robot.interact(window::rememberLayout);
        AppContext reread = new AppContext(context.jobs(), context.runs(),
                new org.driftlab.app.settings.SettingsStore(context.settings().file()), context.workspace(),
                context.ui());
        assertEquals(context.settings().get().windowWidth(), reread.settings().get().windowWidth());
    }
}
