package org.driftlab.experiment;

/** What a running job reports. Implementations must be quick; the desktop app and the CLI both listen. */
public interface JobListener {
    JobListener NONE = new JobListener() {
    };

    default void progress(JobProgress progress) {
    }

    default void message(String text) {
    }
}
