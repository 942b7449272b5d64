package org.driftlab.app;

import java.nio.file.Path;
import org.driftlab.experiment.ExperimentSpec;

/** A drift run that the app started: its name, its run folder and what it evaluates. */
public record LiveRun(String name, Path folder, ExperimentSpec spec) {
}
