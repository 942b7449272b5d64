package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.driftlab.analog.Rng;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.ModelSpec;
import org.driftlab.model.Network;
import org.driftlab.model.SqueezeNet;
import org.junit.jupiter.api.Test;

class InputRangeNotesTest {
    private static Network analog(NDManager manager, RpuConfig config) {
        Network digital = SqueezeNet.create(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 17));
        digital.initialize(manager, new Rng(1));
        return AnalogConversion.convert(digital, config, Set.of(), manager, new Rng(2));
    }

    @Test
    void storedRangesThatFitAreRestoredSilently() {
        try (NDManager manager = NDManager.newBaseManager();
             Network network = analog(manager, Presets.get(Presets.STANDARD_HWA_TRAINING))) {
            assertEquals(Optional.empty(), InputRangeNotes.restore(network, Map.of("classifier.1", List.of(1.25))));
            assertEquals(1.25, network.inputRanges().get("classifier.1").get(0), 1e-6);
        }
    }

    @Test
    void rangesWithoutAPlaceAreNamed() {
        try (NDManager manager = NDManager.newBaseManager();
             Network network = analog(manager, Presets.get(Presets.INFERENCE_SCALED))) {
            Optional<String> note = InputRangeNotes.restore(network, Map.of("classifier.1", List.of(1.25)));
            assertTrue(note.orElseThrow().contains("1 layer(s)") && note.get().contains("classifier.1"), note.get());
        }
        try (NDManager manager = NDManager.newBaseManager();
             Network network = analog(manager, Presets.get(Presets.STANDARD_HWA_TRAINING))) {
            Optional<String> note = InputRangeNotes.restore(network, Map.of("classifier.1", List.of(1.0, 2.0)));
            assertTrue(note.isPresent(), "two ranges for a layer of one tile");
        }
    }
}
