package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.OptionalDouble;
import org.driftlab.analog.Rng;

/**
 * A device noise model: the one-time programming error, the per-device drift parameters drawn at programming, and
 * drift with accumulated read noise at a time after programming (spec sections 2 to 4). Whole-matrix operations
 * work on a tile's normalised weights; returned arrays belong to the manager of the input weights.
 */
public interface NoiseModel {

    ConductanceConverter converter();

    /** Programmes the target weights once: programming noise only, no drift and no read noise. */
    ProgrammedWeights program(NDArray targetWeights, Rng rng);

    /**
     * The weights read at {@code tInference} seconds after programming. Starts from the programmed state every
     * time (times are independent, not cumulative); read noise is drawn fresh on every call.
     */
    DriftedWeights drift(ProgrammedWeights programmed, double tInference, Rng rng);

    // Per-device hooks, on conductances in µS (used by the whole-matrix operations and by the device probe).

    NDArray programConductance(NDArray gTarget, Rng rng);

    NDArray driftCoefficients(NDArray gTarget, Rng rng);

    /**
     * Drift and read noise of programmed conductances. {@code gReadReference} sets the read-noise level: the
     * programmed conductance in aihwkit's semantics, the target conductance in the physical option.
     */
    NDArray driftConductance(NDArray gProgrammed, NDArray driftParams, NDArray gReadReference, double tInference,
                             Rng rng);

    /**
     * What the read noise takes from the read-noise reference conductances, whatever the time (for PCM the relative
     * level Q_s): computed once per programming. By default the reference itself.
     */
    default NDArray readNoiseLevel(NDArray gReadReference) {
        return gReadReference;
    }

    /** {@link #driftConductance} from a level computed by {@link #readNoiseLevel}. */
    default NDArray driftConductanceAtLevel(NDArray gProgrammed, NDArray driftParams, NDArray readNoiseLevel,
                                            double tInference, Rng rng) {
        return driftConductance(gProgrammed, driftParams, readNoiseLevel, tInference, rng);
    }

    // Analytic per-device quantities (µS), for the device probe and the tests.

    /**
     * Whether drift keeps each programmed device and takes the read-noise level from the target (DriftLab's
     * physical option) instead of aihwkit's re-conversion of the programmed weights.
     */
    boolean physical();

    /** Whether the drift parameters are power-law exponents ν (false for models that store something else). */
    boolean hasDriftExponent();

    /** The standard deviation of the programming error for a device targeted at {@code gTarget}, scales included. */
    double programmingSigma(double gTarget);

    /**
     * The standard deviation of the read noise at {@code tInference} for a device whose drifted conductance is
     * {@code gDrifted} and whose read-noise level is set by {@code gReadReference}; empty for a model without
     * read noise.
     */
    OptionalDouble readNoiseSigma(double gDrifted, double gReadReference, double tInference);
}
