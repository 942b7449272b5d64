package org.driftlab.model;

import java.util.List;
import org.driftlab.config.RpuConfig;

/**
 * A loaded checkpoint: its contents, the digital network with its parameters, the configuration to use (the user's
 * when given, else the stored one) and where the user's differs from the stored one.
 */
public record LoadedCheckpoint(Checkpoint checkpoint, Network network, RpuConfig config,
                               List<ConfigDifference> configDifferences) {
    public LoadedCheckpoint {
        configDifferences = List.copyOf(configDifferences);
    }
}
