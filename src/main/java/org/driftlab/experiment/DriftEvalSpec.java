package org.driftlab.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftlab.config.RpuConfig;

/**
 * An evaluation of a trained network programmed onto analog tiles: programmed once per repetition, drifted
 * through the times, scored at each; with the digital score beside it.
 *
 * @param limit the first N images of the split (0: all)
 */
public record DriftEvalSpec(Path checkpoint, DatasetSource data, String split, int limit, long seed,
                            RpuConfig config, List<Double> times, int repetitions, Set<String> digitalLayers) {
    public DriftEvalSpec {
        times = List.copyOf(times);
        digitalLayers = Set.copyOf(digitalLayers);
        if (repetitions < 1) {
            throw new IllegalArgumentException("--reps must be at least 1, got " + repetitions);
        }
        if (times.isEmpty() || times.stream().anyMatch(t -> !(t >= 0))) {
            throw new IllegalArgumentException("--times must be one or more times >= 0");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be >= 0 (0: all images), got " + limit);
        }
    }
}
