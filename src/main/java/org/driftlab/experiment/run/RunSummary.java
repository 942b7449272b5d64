package org.driftlab.experiment.run;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One line of the run history: what a run folder's run.json says about it. A folder whose record cannot be read
 * is still listed, with {@code problem} saying why (status "unreadable").
 *
 * @param started  when the run started (for an unreadable run, when its folder last changed); null if unknown
 * @param settings the key settings in a few words: the configuration, repetitions, image limit, sweep points
 */
public record RunSummary(Path folder, String status, Instant started, String kind, String name, String model,
                         String settings, String problem) {
    public static final String UNREADABLE = "unreadable";

    public boolean readable() {
        return problem == null;
    }

    public boolean isSweep() {
        return "sweep".equals(kind);
    }
}
