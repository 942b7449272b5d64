package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.analog.Rng;

/**
 * The whole-matrix workflow shared by every noise model (spec section 2): programme each target slice, draw the
 * drift parameters from the target slice, and drift either aihwkit's way (re-convert the programmed weights into a
 * fresh set of slices) or, in the physical option, the programmed devices themselves.
 */
public abstract class AbstractNoiseModel implements NoiseModel {
    private final ConductanceConverter converter;
    private final boolean physical;

    protected AbstractNoiseModel(ConductanceConverter converter, boolean physical) {
        this.converter = converter;
        this.physical = physical;
    }

    @Override
    public ConductanceConverter converter() {
        return converter;
    }

    @Override
    public boolean physical() {
        return physical;
    }

    @Override
    public ProgrammedWeights program(NDArray targetWeights, Rng rng) {
        try (Scope scope = Scope.of(targetWeights)) {
            Conductances target = converter.toConductances(targetWeights);
            List<NDArray> programmed = new ArrayList<>();
            List<NDArray> driftParams = new ArrayList<>();
            for (NDArray slice : target.slices()) {
                programmed.add(programConductance(slice, rng));
                driftParams.add(driftCoefficients(slice, rng));
            }
            NDArray weights = converter.toWeights(programmed, target.params());
            ProgrammedWeights.DriftStart start = driftStart(target, programmed, weights);
            target.slices().forEach(scope::keep);
            keepParams(scope, target.params());
            programmed.forEach(scope::keep);
            driftParams.forEach(scope::keep);
            start.devices().forEach(scope::keep);
            start.readNoiseLevels().forEach(scope::keep);
            keepParams(scope, start.params());
            return new ProgrammedWeights(target, programmed, driftParams, scope.keep(weights), start);
        }
    }

    /**
     * The devices drift acts on: in the physical option the programmed devices, with the read-noise level from the
     * targets; in aihwkit's way the programmed weights converted again into a fresh set of slices, whose read-noise
     * level comes from themselves (the stored drift parameters of slice i are paired with the new slice i).
     */
    private ProgrammedWeights.DriftStart driftStart(Conductances target, List<NDArray> programmed, NDArray weights) {
        List<NDArray> devices;
        List<NDArray> readReferences;
        Conductances.Params params;
        if (physical) {
            devices = programmed;
            readReferences = target.slices();
            params = target.params();
        } else {
            Conductances reconverted = converter.toConductances(weights);
            devices = reconverted.slices();
            readReferences = devices;
            params = reconverted.params();
        }
        List<NDArray> levels = new ArrayList<>();
        for (NDArray reference : readReferences) {
            levels.add(readNoiseLevel(reference));
        }
        return new ProgrammedWeights.DriftStart(devices, levels, params);
    }

    @Override
    public DriftedWeights drift(ProgrammedWeights programmed, double tInference, Rng rng) {
        ProgrammedWeights.DriftStart start = programmed.driftStart();
        List<NDArray> inputs = new ArrayList<>();
        inputs.add(programmed.weights());
        inputs.addAll(start.devices());
        inputs.addAll(start.readNoiseLevels());
        inputs.addAll(programmed.driftParams());
        try (Scope scope = Scope.ofAll(inputs, start.params().scaleRatio(), start.params().offset())) {
            List<NDArray> drifted = new ArrayList<>();
            for (int i = 0; i < start.devices().size(); i++) {
                drifted.add(driftConductanceAtLevel(start.devices().get(i), programmed.driftParams().get(i),
                        start.readNoiseLevels().get(i), tInference, rng));
            }
            NDArray weights = converter.toWeights(drifted, start.params());
            drifted.forEach(scope::keep);
            return new DriftedWeights(drifted, scope.keep(weights));
        }
    }

    private static void keepParams(Scope scope, Conductances.Params params) {
        scope.keep(params.scaleRatio());
        if (params.offset() != null) {
            scope.keep(params.offset());
        }
    }

    /** sqrt(ln((t + t_read) / (2 t_read))): the 1/f read-noise growth with time. */
    protected static double readNoiseTimeFactor(double t, double tRead) {
        return Math.sqrt(Math.log((t + tRead) / (2.0 * tRead)));
    }
}
