package org.driftlab.app.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Hands updates to the UI thread at most once per period per key, latest wins: a job may report a thousand times a
 * second, the window redraws ten times. Updates under different keys are all delivered, in the order first posted.
 */
public final class UiThrottle {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "driftlab-ui-throttle");
        thread.setDaemon(true);
        return thread;
    });

    private final Executor ui;
    private final long periodMillis;
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private boolean scheduled;

    public UiThrottle(Executor ui, long periodMillis) {
        this.ui = ui;
        this.periodMillis = periodMillis;
    }

    public void post(Object key, Runnable update) {
        synchronized (pending) {
            pending.put(key, update);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        TIMER.schedule(this::flush, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Runnable[] updates;
        synchronized (pending) {
            updates = pending.values().toArray(Runnable[]::new);
            pending.clear();
            scheduled = false;
        }
        ui.execute(() -> {
            for (Runnable update : updates) {
                update.run();
            }
        });
    }
}
