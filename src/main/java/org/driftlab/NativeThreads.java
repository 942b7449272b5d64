package org.driftlab;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tunes the tensor engine's OpenMP threads before the engine loads. After each parallel operation libgomp's idle
 * threads spin for a while before they sleep; on a machine with few cores that spinning takes the cores from the
 * Java threads of the fused analog forward, which run between two tensor operations. GOMP_SPINCOUNT=0 lets them
 * sleep at once. Measured on 2 cores: the quickstart drift run takes 32 s without spinning and 42–45 s with
 * libgomp's default; the digital path alone can lose a little (README, Speed). A value the user set is kept.
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
            Native.load("c", C.class).setenv(SPIN_COUNT, "0", 0);
        } catch (LinkageError | RuntimeException e) {
            // Only a speed setting: without it everything works, a little slower.
        }
    }
}
