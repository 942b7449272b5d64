package org.driftlab.cli;

import java.nio.file.Path;
import org.driftlab.config.ConfigFiles;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import picocli.CommandLine.Option;

/** The RPU configuration of a command: a file (JSON or YAML), or a preset by name; inference_default otherwise. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE", description = "RPU configuration file (.json, .yaml or .yml).")
    Path file;

    @Option(names = "--preset", paramLabel = "NAME", description = "A named preset instead of a file, e.g. inference_default, standard_hwa_training, hpml_2022.")
    String preset;

    RpuConfig resolve() throws java.io.IOException {
        if (file != null && preset != null) {
            throw new IllegalArgumentException("give either --config or --preset, not both");
        }
        if (file != null) {
            return ConfigFiles.load(file);
        }
        return preset != null ? Presets.get(preset) : RpuConfig.defaults();
    }
}
