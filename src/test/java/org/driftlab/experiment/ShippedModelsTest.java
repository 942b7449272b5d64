package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.driftlab.model.Checkpoint;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.ModelSpec;
import org.junit.jupiter.api.Test;

/** The shipped pair is what the README and assets/models/README.md say it is. */
class ShippedModelsTest {
    private static final ModelSpec SHIPPED = new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 48);

    @Test
    void bothAreSqueezeNet11For48PixelFashionMnist() {
        for (String id : ShippedModels.IDS) {
            assertEquals(SHIPPED, CheckpointFiles.read(ShippedModels.checkpoint(id)).spec(), id);
        }
    }

    @Test
    void onlyTheHardwareAwareOneCarriesItsTrainingConfiguration() {
        Checkpoint digital = CheckpointFiles.read(ShippedModels.checkpoint("default-digital"));
        Checkpoint hwa = CheckpointFiles.read(ShippedModels.checkpoint("default-hwa"));
        assertNull(digital.trainingConfig());
        assertNotNull(hwa.trainingConfig());
        assertTrue(hwa.training().recipe().startsWith("HWA fine-tuning"), hwa.training().recipe());
        assertEquals(8, digital.training().epochs(), "the flip-only fine-tune's best epoch, as the models' README says");
    }

    @Test
    void anUnknownIdNamesTheShippedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ShippedModels.checkpoint("default-analog"));
        assertTrue(error.getMessage().contains("default-digital, default-hwa"), error.getMessage());
    }
}
