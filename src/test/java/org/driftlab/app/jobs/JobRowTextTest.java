package org.driftlab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.driftlab.experiment.JobProgress;
import org.junit.jupiter.api.Test;

class JobRowTextTest {
    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("42 s", JobQueueView.format(Duration.ofSeconds(42)));
        assertEquals("1 min 5 s", JobQueueView.format(Duration.ofSeconds(65)));
        assertEquals("2 h 3 min", JobQueueView.format(Duration.ofSeconds(2 * 3600 + 3 * 60 + 9)));
    }

    @Test
    void aRunningJobShowsItsCountAndTimeLeftAndAFailedOneItsReason() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        QueuedJob job = new QueuedJob(3, "Drift: quickstart");
        job.started(start);
        job.progressed(new JobProgress("repetition 1/3", 2, 8, Map.of()), start);
        job.progressed(new JobProgress("repetition 1/3", 4, 8, Map.of()), start.plusSeconds(20));
        assertEquals("running · repetition 1/3 4/8 · 20 s left", JobQueueView.describe(job, start.plusSeconds(20)));
        job.finished(JobStatus.FAILED, "no such checkpoint: a.ckpt", start.plusSeconds(21));
        String text = JobQueueView.describe(job, start.plusSeconds(30));
        assertTrue(text.startsWith("failed") && text.endsWith("no such checkpoint: a.ckpt"), text);
    }
}
