package org.driftlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.driftlab.Assets;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.run.RunStore;

/** The JavaFX application: one main window over the shared services. */
public final class DesktopApp extends Application {
    private AppContext context;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        context = new AppContext(new JobQueue(), RunStore.standard(), SettingsStore.standard(), new Workspace(),
                Platform::runLater);
        window = new MainWindow(context, stage);
        addIcon(stage);
        window.show();
    }

    private static void addIcon(Stage stage) {
        try {
            Path icon = Assets.find("icon").resolve("driftlab.png");
            if (Files.isRegularFile(icon)) {
                stage.getIcons().add(new Image(icon.toUri().toString()));
            }
        } catch (IllegalArgumentException noAssets) {
            // The window works without its icon; the jobs that need the assets report the missing folder.
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberLayout();
            window.close();
        }
        if (context != null) {
            context.jobs().close();
        }
    }
}
