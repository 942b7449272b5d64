package org.driftlab.analog;

import java.util.stream.IntStream;

/**
 * Element-wise passes over arrays split into fixed ranges on the common fork-join pool. Each range runs its own loop,
 * which compiles well; for work where every element is computed alone, the split changes nothing in the results.
 */
public final class ParallelRanges {
    private ParallelRanges() {
    }

    /** The work on one range [from, to). */
    public interface Range {
        void run(int from, int to);
    }

    /** Runs work over [0, n) in ranges of {@code size} elements (the last one shorter). */
    public static void run(int n, int size, Range work) {
        IntStream.range(0, (n + size - 1) / size).parallel()
                .forEach(c -> work.run(c * size, Math.min(n, (c + 1) * size)));
    }
}
