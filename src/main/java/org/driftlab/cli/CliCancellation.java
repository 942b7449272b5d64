package org.driftlab.cli;

import org.driftlab.experiment.Cancellation;

/** Ctrl-C cancels the running job cleanly: it stops between units of work and keeps what is finished. */
final class CliCancellation {
    private CliCancellation() {
    }

    static Cancellation install() {
        Cancellation cancellation = new Cancellation();
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                if (cancellation.isCancelled()) {
                    System.exit(130);
                }
                System.err.println();
                System.err.println("cancelling (Ctrl-C again to quit at once)...");
                cancellation.cancel();
            });
        } catch (IllegalArgumentException e) {
            // No SIGINT on this platform: Ctrl-C then ends the JVM, and finished work is still on disk.
        }
        return cancellation;
    }
}
