package org.driftlab.app.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.JobListener;
import org.driftlab.experiment.JobProgress;

/**
 * The compute queue: jobs run one at a time on a single background thread, in the order submitted. Observers hear
 * of every change on the thread that made it; the app adapts them to the FX thread through a {@link UiThrottle}.
 */
public final class JobQueue implements AutoCloseable {
    private final ExecutorService compute = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "driftlab-compute");
        thread.setDaemon(true);
        return thread;
    });
    private final List<QueuedJob> jobs = new CopyOnWriteArrayList<>();
    private final List<Consumer<QueuedJob>> observers = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    public JobQueue() {
        this(Clock.systemUTC());
    }

    public JobQueue(Clock clock) {
        this.clock = clock;
    }

    /** Called with the job after each change of status, progress or message. */
    public void observe(Consumer<QueuedJob> observer) {
        observers.add(observer);
    }

    public List<QueuedJob> jobs() {
        return new ArrayList<>(jobs);
    }

    /** Drops finished jobs from the list. */
    public void clearFinished() {
        jobs.removeIf(job -> job.status().isFinished());
    }

    public boolean isBusy() {
        return jobs.stream().anyMatch(job -> !job.status().isFinished());
    }

    public QueuedJob submit(String title, JobWork work) {
        QueuedJob job = new QueuedJob(ids.incrementAndGet(), title);
        jobs.add(job);
        changed(job);
        compute.execute(() -> runJob(job, work));
        return job;
    }

    /**
     * Runs short interactive work (a slider's recomputation) on the compute thread, after what is queued, without
     * listing it as a job. The work handles its own errors.
     */
    public void runInteractive(Runnable work) {
        compute.execute(work);
    }

    private void runJob(QueuedJob job, JobWork work) {
        if (job.cancelRequested()) {
            job.finished(JobStatus.CANCELLED, null, clock.instant());
            changed(job);
            return;
        }
        job.started(clock.instant());
        changed(job);
        JobListener listener = new JobListener() {
            @Override
            public void progress(JobProgress progress) {
                job.progressed(progress, clock.instant());
                changed(job);
            }

            @Override
            public void message(String text) {
                job.said(text);
                changed(job);
            }
        };
        try {
            work.run(listener, job.cancellation());
            job.finished(job.cancelRequested() ? JobStatus.CANCELLED : JobStatus.COMPLETED, null, clock.instant());
        } catch (Cancellation.CancelledException e) {
            job.finished(JobStatus.CANCELLED, null, clock.instant());
        } catch (Exception | Error e) {
            job.finished(JobStatus.FAILED, describe(e), clock.instant());
        }
        changed(job);
    }

    private static String describe(Throwable e) {
        String text = e.getMessage();
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }

    private void changed(QueuedJob job) {
        for (Consumer<QueuedJob> observer : observers) {
            observer.accept(job);
        }
    }

    @Override
    public void close() {
        jobs.forEach(QueuedJob::cancel);
        compute.shutdownNow();
    }
}
