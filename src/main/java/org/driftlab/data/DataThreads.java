package org.driftlab.data;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon decoding threads named driftlab-data-N, and their orderly shutdown. */
final class DataThreads {
    static final String NAME_PREFIX = "driftlab-data-";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private DataThreads() {
    }

    static ExecutorService pool(int threads) {
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, NAME_PREFIX + COUNTER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    static void shutDown(ExecutorService pool) {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("decoding threads did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
