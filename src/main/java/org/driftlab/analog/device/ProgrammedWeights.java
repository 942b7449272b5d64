package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * The state of a tile right after programming, with what every later drift starts from.
 *
 * @param target            the target conductances and their conversion parameters
 * @param programmedSlices  the programmed conductances, slice by slice (µS)
 * @param driftParams       per-slice drift parameters drawn from the targets (for PCM: the exponents ν)
 * @param weights           the programmed weights, converted back (tile units)
 * @param driftStart        the devices drift acts on and their read-noise levels, the same at every time
 */
public record ProgrammedWeights(Conductances target, List<NDArray> programmedSlices, List<NDArray> driftParams,
                                NDArray weights, DriftStart driftStart) {
    public ProgrammedWeights {
        programmedSlices = List.copyOf(programmedSlices);
        driftParams = List.copyOf(driftParams);
    }

    /**
     * What drift starts from at any time: the devices (the programmed slices, or aihwkit's re-conversion of the
     * programmed weights), the read-noise level of each ({@link NoiseModel#readNoiseLevel}) and the parameters that
     * convert the drifted devices back into weights. Computed once per programming.
     */
    public record DriftStart(List<NDArray> devices, List<NDArray> readNoiseLevels, Conductances.Params params) {
        public DriftStart {
            devices = List.copyOf(devices);
            readNoiseLevels = List.copyOf(readNoiseLevels);
        }
    }
}
