package org.driftlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void remembersTheLayout(FxRobot robot) {
        robot.interact(window::rememberLayout);
        AppContext reread = new AppContext(context.jobs(), context.runs(),
                new org.driftlab.app.settings.SettingsStore(context.settings().file()), context.workspace(),
                context.ui());
        assertEquals(context.settings().get().windowWidth(), reread.settings().get().windowWidth());
    }
}
