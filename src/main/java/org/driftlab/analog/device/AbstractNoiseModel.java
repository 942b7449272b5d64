package org.driftlab.analog.device;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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
            target.slices().forEach(scope::keep);
            keepParams(scope, target.params());
            programmed.forEach(scope::keep);
            driftParams.forEach(scope::keep);
            return new ProgrammedWeights(target, programmed, driftParams, scope.keep(weights));
        }
    }

    @Override
    public DriftedWeights drift(ProgrammedWeights programmed, double tInference, Rng rng) {
        List<NDArray> inputs = new ArrayList<>();
        inputs.add(programmed.weights());
        inputs.addAll(programmed.programmedSlices());
        inputs.addAll(programmed.driftParams());
        inputs.addAll(programmed.target().slices());
        try (Scope scope = Scope.ofAll(inputs, programmed.target().params().scaleRatio(),
                programmed.target().params().offset())) {
            List<NDArray> devices;
            List<NDArray> readReferences;
            Conductances.Params params;
            if (physical) {
                devices = programmed.programmedSlices();
                readReferences = programmed.target().slices();
                params = programmed.target().params();
            } else {
                // aihwkit quirk: the programmed weights are converted again into a fresh pair, and the stored drift
                // parameters of slice i are paired with the new slice i.
                Conductances reconverted = converter.toConductances(programmed.weights());
                devices = reconverted.slices();
                readReferences = devices;
                params = reconverted.params();
            }
            List<NDArray> drifted = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                drifted.add(driftConductance(devices.get(i), programmed.driftParams().get(i), readReferences.get(i),
                        tInference, rng));
            }
            NDArray weights = converter.toWeights(drifted, params);
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

    /** Evaluates an elementwise formula at one conductance, on the CPU, for the analytic probe quantities. */
    protected static double evaluateAt(double g, UnaryOperator<NDArray> formula) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            return formula.apply(manager.create((float) g)).toType(DataType.FLOAT64, false).getDouble();
        }
    }

    /** sqrt(ln((t + t_read) / (2 t_read))): the 1/f read-noise growth with time. */
    protected static double readNoiseTimeFactor(double t, double tRead) {
        return Math.sqrt(Math.log((t + tRead) / (2.0 * tRead)));
    }
}
