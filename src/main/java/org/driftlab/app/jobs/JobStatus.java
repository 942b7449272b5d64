package org.driftlab.app.jobs;

/** Where a queued job is in its life. */
public enum JobStatus {
    QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
