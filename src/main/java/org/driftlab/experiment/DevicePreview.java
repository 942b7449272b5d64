package org.driftlab.experiment;

import org.driftlab.analog.Rng;
import org.driftlab.analog.device.DeviceProbe;
import org.driftlab.analog.device.DeviceProbeResult;
import org.driftlab.analog.device.NoiseModels;
import org.driftlab.config.RpuConfig;

/**
 * The drift of single devices for a configuration, as aihwkit's plot_weight_drift shows it: devices programmed at
 * a few target conductances from 0 to g_max, read at times from 1 s to 10 years; per target and time the mean and
 * std over the sampled devices (programming noise, drift and read noise together).
 */
public final class DevicePreview {
    public static final int TARGETS = 5;
    public static final int TIMES = 41;
    public static final double FIRST_TIME = 1.0;
    public static final double LAST_TIME = 10 * 365.0 * 86400;
    public static final int SAMPLES = 2000;

    private DevicePreview() {
    }

    public static DeviceProbeResult run(RpuConfig config, long seed) {
        return run(config, targets(config.noiseModel().gMax()), times(), SAMPLES, seed);
    }

    public static DeviceProbeResult run(RpuConfig config, double[] targets, double[] times, int samples, long seed) {
        return new DeviceProbe(NoiseModels.create(config)).probe(targets, times, samples, new Rng(seed));
    }

    /** TARGETS conductances evenly from 0 to gMax. */
    public static double[] targets(double gMax) {
        double[] targets = new double[TARGETS];
        for (int i = 0; i < TARGETS; i++) {
            targets[i] = gMax * i / (TARGETS - 1);
        }
        return targets;
    }

    /** TIMES times evenly on a log scale from 1 s to 10 years. */
    public static double[] times() {
        double[] times = new double[TIMES];
        double low = Math.log10(FIRST_TIME);
        double high = Math.log10(LAST_TIME);
        for (int i = 0; i < TIMES; i++) {
            times[i] = Math.pow(10, low + (high - low) * i / (TIMES - 1));
        }
        return times;
    }
}
