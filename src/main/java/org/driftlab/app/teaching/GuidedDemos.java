package org.driftlab.app.teaching;

import java.util.List;
import java.util.Map;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;

/** The demos of presentation mode, each a configuration and a sentence on what to look at. */
public final class GuidedDemos {
    private static final List<GuidedDemo> ALL = List.of(
            new GuidedDemo("Ideal crossbar", "A flat line at the digital accuracy: the baseline every real device"
                    + " is measured against.", Presets.FLOATING_POINT, Map.of("noise_model.drift_scale", 0.0,
                    "noise_model.prog_noise_scale", 0.0, "noise_model.read_noise_scale", 0.0), false),
            new GuidedDemo("PCM drift", "Accuracy holds for minutes and sinks over days: conductances decay as"
                    + " t^-ν, and each device has its own ν.", Presets.INFERENCE_SCALED, Map.of(), false),
            new GuidedDemo("Drift compensation", "Two curves part after the first minute: the global"
                    + " compensation undoes the mean decay, not the spread.", Presets.INFERENCE_SCALED, Map.of(),
                    true),
            new GuidedDemo("Coarse converters", "With 4-bit DAC and ADC the network is worse from the first"
                    + " second: quantisation, not drift, is the limit.", Presets.INFERENCE_SCALED, Map.of(
                    "forward.inp_res", 1.0 / 14, "forward.out_res", 1.0 / 14), false),
            new GuidedDemo("Noisy programming", "Double programming noise: the whole curve drops, and the spread"
                    + " between programmings widens.", Presets.INFERENCE_SCALED, Map.of(
                    "noise_model.prog_noise_scale", 2.0), false),
            new GuidedDemo("No weight scaling", "aihwkit's default mapping: the tiles compute with the layer's small"
                    + " weights, output noise swamps them, and after a year the network falls apart.",
                    Presets.INFERENCE_DEFAULT, Map.of(), false));

    private GuidedDemos() {
    }

    public static List<GuidedDemo> all() {
        return ALL;
    }

    /** The demo's configuration: its preset with the overrides applied. */
    public static RpuConfig config(GuidedDemo demo) {
        return ConfigTree.withAll(Presets.get(demo.preset()), demo.overrides());
    }
}
