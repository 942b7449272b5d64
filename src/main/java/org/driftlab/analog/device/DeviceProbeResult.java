package org.driftlab.analog.device;

import java.util.List;

/**
 * Per-device statistics of a noise model (µS, seconds), as {@link DeviceProbe} measures them. Nullable fields are
 * null where the model has no such quantity.
 *
 * @param physical whether the model drifts in DriftLab's physical option
 * @param samples  the number of devices programmed per target
 */
public record DeviceProbeResult(String model, boolean physical, int samples, List<Target> targets) {

    public DeviceProbeResult {
        targets = List.copyOf(targets);
    }

    /**
     * @param gTarget   the target conductance
     * @param progSigma the analytic programming σ, programming-noise scale included
     * @param nuMean    sample mean of the drift exponent ν, or null for a model without ν
     * @param nuStd     sample std of ν, or null for a model without ν
     */
    public record Target(double gTarget, double progSigma, Double nuMean, Double nuStd, List<Time> times) {
        public Target {
            times = List.copyOf(times);
        }
    }

    /**
     * @param t          the time after programming
     * @param gMean      sample mean over the devices read at that time
     * @param gStd       sample std over the devices read at that time
     * @param readSigma  the analytic read-noise σ of a device at {@code gMean}, or null for a model without one
     */
    public record Time(double t, double gMean, double gStd, Double readSigma) {
    }
}
