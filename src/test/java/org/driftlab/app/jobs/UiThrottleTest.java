package org.driftlab.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UiThrottleTest {
    @Test
    void aBurstOfUpdatesUnderOneKeyDeliversOnlyTheLatest() throws Exception {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch flushed = new CountDownLatch(1);
        UiThrottle throttle = new UiThrottle(runnable -> {
            runnable.run();
            flushed.countDown();
        }, 50);
        for (int i = 0; i < 1000; i++) {
            int value = i;
            throttle.post("chart", () -> delivered.add(value));
        }
        assertTrue(flushed.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(999), delivered);
    }

    @Test
    void differentKeysAreAllDelivered() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch flushed = new CountDownLatch(1);
        UiThrottle throttle = new UiThrottle(runnable -> {
            runnable.run();
            flushed.countDown();
        }, 50);
        throttle.post("a", () -> delivered.add("a"));
        throttle.post("b", () -> delivered.add("b"));
        assertTrue(flushed.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("a", "b"), delivered);
    }
}
