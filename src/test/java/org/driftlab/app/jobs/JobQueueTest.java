package org.driftlab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.driftlab.experiment.JobProgress;
import org.junit.jupiter.api.Test;

class JobQueueTest {
    @Test
    void runsJobsOneAtATimeInOrder() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        try (JobQueue queue = new JobQueue()) {
            CountDownLatch done = new CountDownLatch(3);
            for (String name : List.of("a", "b", "c")) {
                queue.submit(name, (listener, cancellation) -> {
                    events.add("start " + name);
                    Thread.sleep(20);
                    events.add("end " + name);
                    done.countDown();
                });
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("start a", "end a", "start b", "end b", "start c", "end c"), events);
    }

    @Test
    void aCancelledJobEndsCancelledAndAQueuedOneNeverStarts() throws Exception {
        try (JobQueue queue = new JobQueue()) {
            CountDownLatch running = new CountDownLatch(1);
            QueuedJob first = queue.submit("loop", (listener, cancellation) -> {
                running.countDown();
                while (true) {
                    cancellation.throwIfCancelled();
                    Thread.sleep(5);
                }
            });
            QueuedJob second = queue.submit("never", (listener, cancellation) -> {
                throw new AssertionError("a cancelled queued job must not start");
            });
            assertTrue(running.await(5, TimeUnit.SECONDS));
            second.cancel();
            first.cancel();
            awaitFinished(second);
            assertEquals(JobStatus.CANCELLED, first.status());
            assertEquals(JobStatus.CANCELLED, second.status());
        }
    }

    @Test
    void aFailureIsKeptWithItsReasonAndTheQueueGoesOn() throws Exception {
        try (JobQueue queue = new JobQueue()) {
            QueuedJob bad = queue.submit("bad", (listener, cancellation) -> {
                throw new IllegalArgumentException("limit must be ≥ 0; got -1");
            });
            QueuedJob good = queue.submit("good", (listener, cancellation) -> listener.message("fine"));
            awaitFinished(good);
            assertEquals(JobStatus.FAILED, bad.status());
            assertEquals("limit must be ≥ 0; got -1", bad.failure().orElseThrow());
            assertEquals(JobStatus.COMPLETED, good.status());
            assertEquals("fine", good.message());
            assertFalse(queue.isBusy());
            queue.clearFinished();
            assertTrue(queue.jobs().isEmpty());
        }
    }

    @Test
    void timeLeftExtrapolatesTheStageRate() {
        QueuedJob job = new QueuedJob(1, "t");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        job.started(start);
        job.progressed(new JobProgress("eval", 1, 4, Map.of()), start.plusSeconds(1));
        job.progressed(new JobProgress("eval", 2, 4, Map.of()), start.plusSeconds(11));
        // The stage began at the first report (1 s); 2 of 4 done 10 s later: 10 s left.
        assertEquals(Duration.ofSeconds(10), job.timeLeft(start.plusSeconds(11)).orElseThrow());
        assertEquals(0.5, job.fraction());
    }

    @Test
    void aRenamedStageThatKeepsCountingKeepsItsRateAndANewEpochStartsAfresh() {
        QueuedJob job = new QueuedJob(1, "t");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        job.started(start);
        job.progressed(new JobProgress("repetition 1/2", 1, 10, Map.of()), start);
        job.progressed(new JobProgress("repetition 2/2", 6, 10, Map.of()), start.plusSeconds(30));
        // 6 of 10 done 30 s after the count began: 4 left take 20 s.
        assertEquals(Duration.ofSeconds(20), job.timeLeft(start.plusSeconds(30)).orElseThrow());
        job.progressed(new JobProgress("epoch 2/3", 1, 10, Map.of()), start.plusSeconds(40));
        job.progressed(new JobProgress("epoch 2/3", 2, 10, Map.of()), start.plusSeconds(42));
        assertEquals(Duration.ofSeconds(8), job.timeLeft(start.plusSeconds(42)).orElseThrow());
    }

    private static void awaitFinished(QueuedJob job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!job.status().isFinished() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(job.status().isFinished(), job.toString());
    }
}
