package org.driftlab.app.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.JobProgress;

/**
 * One job in the queue as the views see it: a snapshot-friendly, thread-safe holder of its status, latest progress,
 * latest message and, when it failed, the reason.
 */
public final class QueuedJob {
    private final long id;
    private final String title;
    private final Cancellation cancellation = new Cancellation();
    private volatile JobStatus status = JobStatus.QUEUED;
    private volatile JobProgress progress;
    private volatile String message = "";
    private volatile String failure;
    private volatile Instant started;
    private volatile Instant stageStarted;
    private volatile Instant finished;

    QueuedJob(long id, String title) {
        this.id = id;
        this.title = title;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public JobStatus status() {
        return status;
    }

    public Optional<JobProgress> progress() {
        return Optional.ofNullable(progress);
    }

    /** Overall fraction of the current stage, 0 when nothing was reported yet. */
    public double fraction() {
        JobProgress p = progress;
        return p == null ? 0 : p.fraction();
    }

    public String message() {
        return message;
    }

    /** Why the job failed, when it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Time left in the current count, extrapolated from its elapsed time; empty until there is a rate to use. */
    public Optional<Duration> timeLeft(Instant now) {
        JobProgress p = progress;
        Instant since = stageStarted;
        if (status != JobStatus.RUNNING || p == null || since == null || p.done() <= 0 || p.total() <= 0) {
            return Optional.empty();
        }
        double elapsed = Duration.between(since, now).toMillis() / 1000.0;
        double left = elapsed * (p.total() - p.done()) / p.done();
        return Optional.of(Duration.ofMillis(Math.round(Math.max(0, left) * 1000)));
    }

    public Optional<Duration> elapsed(Instant now) {
        Instant from = started;
        if (from == null) {
            return Optional.empty();
        }
        Instant to = finished == null ? now : finished;
        return Optional.of(Duration.between(from, to));
    }

    /** Asks the job to stop; a queued job never starts, a running one stops at its next check and keeps its work. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean cancelRequested() {
        return cancellation.isCancelled();
    }

    Cancellation cancellation() {
        return cancellation;
    }

    void started(Instant now) {
        started = now;
        stageStarted = now;
        status = JobStatus.RUNNING;
    }

    void progressed(JobProgress next, Instant now) {
        JobProgress previous = progress;
        // A new count starts when the total changes or the count goes back (a new epoch); a renamed stage that keeps
        // counting (drift repetitions over one total) keeps its start, so the rate covers all of it.
        if (previous == null || next.total() != previous.total() || next.done() < previous.done()) {
            stageStarted = now;
        }
        progress = next;
    }

    void said(String text) {
        message = text;
    }

    void finished(JobStatus end, String reason, Instant now) {
        failure = reason;
        finished = now;
        status = end;
    }

    @Override
    public String toString() {
        return "#" + id + " " + title + " (" + status + ")";
    }
}
