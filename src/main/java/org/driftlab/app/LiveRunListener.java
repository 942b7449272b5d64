package org.driftlab.app;

import org.driftlab.app.jobs.JobStatus;
import org.driftlab.experiment.DriftListener;

/**
 * Follows drift runs that the app starts. Every call comes on the compute thread: keep the data, then redraw
 * through a {@link org.driftlab.app.jobs.UiThrottle}.
 */
public interface LiveRunListener extends DriftListener {
    default void runStarted(LiveRun run) {
    }

    default void runFinished(LiveRun run, JobStatus status) {
    }
}
