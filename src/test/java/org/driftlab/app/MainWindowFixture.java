package org.driftlab.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The whole main window over a temporary run store and settings file. TestFX only finds a {@code @Start} method
 * declared in the test class itself, so each subclass has one that calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowFixture {
    @TempDir
    static Path folder;

    MainWindow window;
    AppContext context;

    void open(Stage stage) {
        context = FxTestSupport.context(folder);
        window = new MainWindow(context, stage);
        window.show();
    }

    @AfterEach
    void stopJobs() {
        context.jobs().close();
    }
}
