package org.driftlab.analog.device;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.driftlab.analog.Rng;

/**
 * Measures a noise model device by device: N devices per target are programmed once, their drift parameters drawn,
 * and the same devices are read at every time through the per-device hooks.
 */
public final class DeviceProbe {
    private final NoiseModel model;
    private final Device device;

    public DeviceProbe(NoiseModel model) {
        this(model, Device.cpu());
    }

    public DeviceProbe(NoiseModel model, Device device) {
        this.model = model;
        this.device = device;
    }

    /**
     * @param targets target conductances in µS
     * @param times   times after programming in seconds
     * @param samples devices per target (at least 2)
     */
    public DeviceProbeResult probe(double[] targets, double[] times, int samples, Rng rng) {
        if (samples < 2) {
            throw new IllegalArgumentException("the probe needs at least 2 samples, got " + samples);
        }
        List<DeviceProbeResult.Target> results = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager(device)) {
            for (double target : targets) {
                try (NDManager perTarget = manager.newSubManager()) {
                    results.add(probeTarget(perTarget, target, times, samples, rng));
                }
            }
        }
        return new DeviceProbeResult(model.getClass().getSimpleName(), model.physical(), samples, results);
    }

    private DeviceProbeResult.Target probeTarget(NDManager manager, double target, double[] times, int samples,
                                                 Rng rng) {
        NDArray gTarget = manager.full(new Shape(samples), (float) target);
        NDArray gProgrammed = model.programConductance(gTarget, rng);
        NDArray driftParams = model.driftCoefficients(gTarget, rng);
        Double nuMean = null;
        Double nuStd = null;
        if (model.hasDriftExponent()) {
            Moments nu = Moments.of(driftParams);
            nuMean = nu.mean();
            nuStd = nu.std();
        }
        NDArray readReference = model.physical() ? gTarget : gProgrammed;
        double meanReadReference = model.physical() ? target : Moments.of(gProgrammed).mean();
        List<DeviceProbeResult.Time> results = new ArrayList<>();
        for (double t : times) {
            try (NDArray g = model.driftConductance(gProgrammed, driftParams, readReference, t, rng)) {
                Moments moments = Moments.of(g);
                OptionalDouble read = model.readNoiseSigma(moments.mean(), meanReadReference, t);
                results.add(new DeviceProbeResult.Time(t, moments.mean(), moments.std(),
                        read.isPresent() ? read.getAsDouble() : null));
            }
        }
        return new DeviceProbeResult.Target(target, model.programmingSigma(target), nuMean, nuStd, results);
    }

    /** Sample mean and std (n - 1 in the denominator), accumulated in float64. */
    record Moments(double mean, double std) {
        static Moments of(NDArray values) {
            try (NDManager scope = values.getManager().newSubManager()) {
                NDArray x = values.toType(DataType.FLOAT64, true);
                x.attach(scope);
                double mean = x.mean().getDouble();
                double sumSquares = x.sub(mean).square().sum().getDouble();
                return new Moments(mean, Math.sqrt(sumSquares / (values.size() - 1)));
            }
        }
    }
}
