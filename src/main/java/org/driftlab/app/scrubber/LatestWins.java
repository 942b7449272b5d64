package org.driftlab.app.scrubber;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Latest-wins requests: while one value is being worked on, newer requests replace each other, and only the newest
 * is worked on next. The work runs through the runner (the compute queue's interactive lane).
 */
final class LatestWins<T> {
    private final Consumer<Runnable> runner;
    private final Consumer<T> work;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    LatestWins(Consumer<Runnable> runner, Consumer<T> work) {
        this.runner = runner;
        this.work = work;
    }

    void request(T value) {
        pending.set(value);
        if (scheduled.compareAndSet(false, true)) {
            runner.accept(this::drain);
        }
    }

    /** Whether a newer request waits: work may stop early and leave the rest to it. */
    boolean hasPending() {
        return pending.get() != null;
    }

    private void drain() {
        try {
            T value;
            while ((value = pending.getAndSet(null)) != null) {
                work.accept(value);
            }
        } finally {
            scheduled.set(false);
        }
        if (pending.get() != null && scheduled.compareAndSet(false, true)) {
            runner.accept(this::drain);
        }
    }
}
