package org.driftlab.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
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
        window.show();
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
