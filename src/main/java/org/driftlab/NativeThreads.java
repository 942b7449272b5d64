package org.driftlab;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tunes the tensor engine's OpenMP threads before the engine loads. After each parallel operation libgomp's idle
 * threads spin for a while before they sleep. With libgomp's default (300,000 spins) that spinning takes the cores
 * from the Java threads of the fused analog forward, which run between two tensor operations; without any, every
 * tensor operation waits for its threads to wake, which slows the digital path and training. A short spin of
 * 10,000 keeps the threads awake between the operations of one layer and lets them sleep during the Java passes.
 * Measured on 2 cores (README, Speed): against no spinning, digital evaluation 1.9× as fast, a hardware-aware
 * training step 1.5×, analog evaluation as fast, the quickstart 33–35 s instead of 39; against the default, analog
 * evaluation and the quickstart faster (the quickstart 44.5 s). A value the user set is kept.
 */
public final class NativeThreads {
    private static final String SPIN_COUNT = "GOMP_SPINCOUNT";

    private NativeThreads() {
    }

    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Call before the first tensor operation; does nothing where it cannot act (Windows, no libc). */
    public static void configure() {
        if (System.getenv(SPIN_COUNT) != null || Platform.isWindows()) {
            return;
        }
        try {
            Native.load("c", C.class).setenv(SPIN_COUNT, "10000", 0);
        } catch (LinkageError | RuntimeException e) {
            // Only a speed setting: without it everything works, a little slower.
        }
    }
}
