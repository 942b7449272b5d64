package org.driftlab.app.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.driftlab.app.AppContext;
import org.driftlab.app.Workspace;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.run.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerTableViewModelTest {
    @TempDir
    Path folder;

    @Test
    void squeezeNetRowsFollowTheModelAndTheMapping() {
        AppContext context = new AppContext(new JobQueue(), new RunStore(folder.resolve("runs")),
                new SettingsStore(folder.resolve("settings.json")), new Workspace(), Runnable::run);
        LayerTableViewModel model = new LayerTableViewModel(context, Runnable::run);
        assertEquals(26, model.rows().size());
        assertEquals(new LayerRow("features.0", "conv", "64×1×3×3", 1, "1 × 64×9", "analog"), model.rows().get(0));
        LayerRow classifier = model.rows().get(25);
        assertEquals(new LayerRow("classifier.1", "conv", "10×512×1×1", 1, "1 × 10×512", "analog"), classifier);
        assertTrue(model.messageProperty().get().startsWith("default-hwa: 26 weight layers, 26 analog on"),
                model.messageProperty().get());

        context.workspace().validConfigProperty().set(ConfigTree.with(RpuConfig.defaults(),
                "mapping.max_input_size", 256));
        assertEquals("2 × 10×256", model.rows().get(25).tileSizes());
        assertEquals(2, model.rows().get(25).tiles());

        context.workspace().validConfigProperty().set(null);
        assertTrue(model.rows().isEmpty());
        assertTrue(model.messageProperty().get().contains("configuration is invalid"));

        context.workspace().validConfigProperty().set(RpuConfig.defaults());
        model.modelProperty().set("default-digital");
        assertEquals(26, model.rows().size());
        assertTrue(model.messageProperty().get().startsWith("default-digital:"), model.messageProperty().get());
    }
}
