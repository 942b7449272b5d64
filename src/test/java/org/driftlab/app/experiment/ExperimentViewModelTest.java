package org.driftlab.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.TrainSpec;
import org.junit.jupiter.api.Test;

class ExperimentViewModelTest {
    private final JsonNode defaults = ConfigTree.toTree(RpuConfig.defaults());

    @Test
    void theDefaultsMakeAValidDriftExperiment() {
        ExperimentViewModel model = new ExperimentViewModel();
        ExperimentSpec spec = model.spec(defaults, ExperimentViewModel.SweepKind.NONE);
        assertEquals("default-hwa", spec.model());
        assertEquals(2000, spec.limit());
        assertEquals(3, spec.repetitions());
        assertEquals(List.of(1.0, 60.0, 3600.0, 86400.0, 7 * 86400.0, 30 * 86400.0, 365 * 86400.0), spec.times());
        assertNull(spec.sweep());
    }

    @Test
    void badFieldsAreReportedWithTheirKeys() {
        ExperimentViewModel model = new ExperimentViewModel();
        model.repetitions().set("zero");
        model.times().set("1s, soon");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> model.spec(defaults, ExperimentViewModel.SweepKind.NONE));
        assertTrue(e.getMessage().contains("repetitions"), e.getMessage());
        assertTrue(e.getMessage().contains("soon"), e.getMessage());
    }

    @Test
    void aSweepOfTwoAxesIsAGrid() {
        ExperimentViewModel model = new ExperimentViewModel();
        model.sweepKey2().set("forward.out_noise");
        model.sweepValues2().set("0.0, 0.04");
        ExperimentSpec spec = model.spec(defaults, ExperimentViewModel.SweepKind.AXES);
        assertEquals(2, spec.sweep().axes().size());
        assertEquals(6, spec.sweep().points(List.of(), 1).size());
        ExperimentSpec layers = model.spec(defaults, ExperimentViewModel.SweepKind.LAYER_SENSITIVITY);
        assertTrue(layers.sweep().layerSensitivity());
    }

    @Test
    void anUnknownSweepKeyIsNamed() {
        ExperimentViewModel model = new ExperimentViewModel();
        model.sweepKey1().set("noise_model.drift_scal");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> model.spec(defaults, ExperimentViewModel.SweepKind.AXES));
        assertTrue(e.getMessage().contains("noise_model.drift_scal"), e.getMessage());
    }

    @Test
    void loadsTheQuickstartFile() throws Exception {
        ExperimentViewModel model = new ExperimentViewModel();
        model.name().set("other");
        Path quickstart = Path.of("sample-configs/quickstart.yaml");
        JsonNode config = model.loadFile(quickstart);
        assertEquals("quickstart", model.name().get());
        assertEquals("2000", model.limit().get());
        assertTrue(config.has("noise_model"));
    }

    @Test
    void hwaFineTuningKeepsTheChosenModelsArchitecture(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        ExperimentViewModel model = new ExperimentViewModel();
        model.model().set("default-digital");
        TrainSpec spec = model.trainSpec(RpuConfig.defaults(), folder.resolve("m.ckpt"));
        assertTrue(spec.hardwareAware());
        assertEquals(10, spec.model().classes());
        assertEquals(org.driftlab.data.Augmentation.CROP_FLIP, spec.augmentation());
        model.augmentation().set(org.driftlab.data.Augmentation.FLIP);
        assertEquals(org.driftlab.data.Augmentation.FLIP,
                model.trainSpec(RpuConfig.defaults(), folder.resolve("m.ckpt")).augmentation());
        assertEquals(null, spec.distillation());
        model.distilFromStart().set(true);
        TrainSpec distilled = model.trainSpec(RpuConfig.defaults(), folder.resolve("m.ckpt"));
        assertEquals(distilled.initialCheckpoint(), distilled.distillation().teacher());
        assertEquals(null, model.trainSpec(null, folder.resolve("m.ckpt")).distillation(),
                "digital training from scratch has no starting model to distil from");
        model.learningRate().set("-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.trainSpec(null, folder.resolve("m.ckpt")));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
    }
}
