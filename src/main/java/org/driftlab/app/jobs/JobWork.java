package org.driftlab.app.jobs;

import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.JobListener;

/** The body of a queued job: it runs on the compute thread, reports to the listener and honours the cancellation. */
@FunctionalInterface
public interface JobWork {
    void run(JobListener listener, Cancellation cancellation) throws Exception;
}
