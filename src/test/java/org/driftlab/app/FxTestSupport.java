package org.driftlab.app;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.run.RunStore;

/** Builds an app context over temporary folders for the TestFX tests. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static AppContext context(Path folder) {
        Executor ui = Platform::runLater;
        return new AppContext(new JobQueue(), new RunStore(folder.resolve("runs")),
                new SettingsStore(folder.resolve("settings.json")), new Workspace(), ui);
    }
}
