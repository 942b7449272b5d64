package org.driftlab.app;

import java.util.concurrent.Executor;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.jobs.UiThrottle;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.run.RunStore;

/**
 * The services every view may use, passed by constructor: the job queue, the run store, the settings, the shared
 * workspace state and the executor of the UI thread (Platform::runLater in the app, direct in tests).
 */
public record AppContext(JobQueue jobs, RunStore runs, SettingsStore settings, Workspace workspace, Executor ui) {

    /** A throttle that redraws at most ten times a second on the UI thread. */
    public UiThrottle newThrottle() {
        return new UiThrottle(ui, 100);
    }
}
