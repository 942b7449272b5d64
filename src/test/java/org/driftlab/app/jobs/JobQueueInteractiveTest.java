package org.driftlab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobQueueInteractiveTest {
    @Test
    void interactiveWorkRunsOnTheComputeThreadAfterTheRunningJobAndIsNotListed() throws Exception {
        try (JobQueue queue = new JobQueue()) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            queue.submit("long", (listener, cancellation) -> {
                release.await();
                order.add("job");
            });
            queue.runInteractive(() -> {
                order.add("interactive on " + Thread.currentThread().getName());
                done.countDown();
            });
            assertEquals(1, queue.jobs().size(), "only the job is listed");
            release.countDown();
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertEquals(List.of("job", "interactive on driftlab-compute"), order);
        }
    }
}
