package org.driftlab.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftlab.config.RpuConfig;

/**
 * A drift experiment as a file describes it (see {@link ExperimentFile}): which model, which images, which RPU
 * configuration, which times and how many programmings, with what seed on which device.
 *
 * @param checkpoint  the model's checkpoint (a shipped id is resolved to its file)
 * @param model       the model as the file names it (a shipped id or the checkpoint path), for records
 * @param sweep       the sweep, or null for a single drift experiment
 * @param source      the experiment file's tree, kept in the run record as given
 */
public record ExperimentSpec(String name, Path checkpoint, String model, DatasetSource data, String split, int limit,
                             RpuConfig config, List<Double> times, int repetitions, long seed, String device,
                             Set<String> digitalLayers, boolean compareUncompensated, boolean histograms,
                             SweepSpec sweep, JsonNode source) {
    public ExperimentSpec {
        times = List.copyOf(times);
        digitalLayers = Set.copyOf(digitalLayers);
    }

    public DriftEvalSpec evalSpec() {
        return new DriftEvalSpec(checkpoint, data, split, limit, seed, config, times, repetitions, digitalLayers);
    }

    /** The same experiment for one sweep point: another configuration, checkpoint and digital layers. */
    public ExperimentSpec forPoint(RpuConfig pointConfig, Path pointCheckpoint, Set<String> pointDigitalLayers) {
        return new ExperimentSpec(name, pointCheckpoint, model, data, split, limit, pointConfig, times, repetitions,
                seed, device, pointDigitalLayers, compareUncompensated, false, null, source);
    }

    public ExperimentSpec with(Integer newLimit, Integer newRepetitions, List<Double> newTimes, Long newSeed,
                               String newDevice) {
        return new ExperimentSpec(name, checkpoint, model, data, split, newLimit != null ? newLimit : limit, config,
                newTimes != null ? newTimes : times, newRepetitions != null ? newRepetitions : repetitions,
                newSeed != null ? newSeed : seed, newDevice != null ? newDevice : device, digitalLayers,
                compareUncompensated, histograms, sweep, source);
    }
}
