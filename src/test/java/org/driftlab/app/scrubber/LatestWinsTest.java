package org.driftlab.app.scrubber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestWinsTest {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<Integer> worked = new ArrayList<>();

    private void runQueued() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void onlyTheNewestWaitingRequestIsWorkedOn() {
        LatestWins<Integer> latest = new LatestWins<>(queue::add, worked::add);
        latest.request(1);
        latest.request(2);
        latest.request(3);
        assertEquals(1, queue.size(), "one run scheduled for the three");
        assertTrue(latest.hasPending());
        runQueued();
        assertEquals(List.of(3), worked);
        assertFalse(latest.hasPending());
    }

    @Test
    void requestsDuringWorkAreWorkedOnNextNewestOnly() {
        List<LatestWins<Integer>> self = new ArrayList<>();
        LatestWins<Integer> latest = new LatestWins<>(queue::add, value -> {
            worked.add(value);
            if (value == 1) {
                self.get(0).request(2);
                self.get(0).request(5);
            }
        });
        self.add(latest);
        latest.request(1);
        runQueued();
        assertEquals(List.of(1, 5), worked);
        latest.request(7);
        runQueued();
        assertEquals(List.of(1, 5, 7), worked, "a later request schedules a new run");
    }
}
