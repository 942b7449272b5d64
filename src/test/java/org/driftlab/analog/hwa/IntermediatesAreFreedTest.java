package org.driftlab.analog.hwa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.analog.Rng;
import org.driftlab.config.ClipParameter;
import org.driftlab.config.ClipType;
import org.driftlab.config.InputRangeParameter;
import org.driftlab.config.ModifierType;
import org.driftlab.config.RemapParameter;
import org.driftlab.config.RemapType;
import org.junit.jupiter.api.Test;

/** Every operation leaves only its results in the caller's manager. */
class IntermediatesAreFreedTest {

    private static int arrays(NDManager manager) {
        return ((BaseNDManager) manager).getManagedArrays().size();
    }

    @Test
    void onlyResultsRemainInTheOwnerManager() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray w = manager.randomUniform(-1f, 1f, new Shape(8, 5));
            NDArray scales = manager.ones(new Shape(8));
            InputRange range = new InputRange(InputRangeParameter.defaults(), manager);
            int before = arrays(manager);

            ModifierParameters pcm = ModifierParameters.of(ModifierType.PCM_NOISE);
            pcm.stdDev = 1;
            pcm.pcmTInference = 100;
            pcm.copyLastColumn = true;
            pcm.pdrop = 0.1;
            pcm.modifier().apply(w, new Rng(1));
            assertEquals(before + 1, arrays(manager), "modifier");

            new WeightClipper(new ClipParameter(ClipType.LAYER_GAUSSIAN, 0.5, 2)).apply(w);
            assertEquals(before + 2, arrays(manager), "clipper");

            new WeightRemapper(new RemapParameter(RemapType.CHANNELWISE_SYMMETRIC, 1, 2, 0)).apply(w, scales);
            assertEquals(before + 4, arrays(manager), "remapper");

            new WeightScaling(1.0, true).apply(w);
            assertEquals(before + 6, arrays(manager), "weight scaling");

            range.initialiseFromData(w);
            assertEquals(before + 6, arrays(manager), "data initialisation");
            range.normalise(w);
            range.rangeGradient(w, w, scales, 1.0);
            assertEquals(before + 8, arrays(manager), "input range");
        }
    }
}
