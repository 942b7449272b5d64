package org.driftlab.app.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.driftlab.analog.device.DeviceProbeResult;
import org.driftlab.app.AppContext;
import org.driftlab.app.Workspace;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.DevicePreview;
import org.driftlab.experiment.run.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicePreviewViewModelTest {
    @TempDir
    Path folder;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private AppContext context() {
        return new AppContext(new JobQueue(), new RunStore(folder.resolve("runs")),
                new SettingsStore(folder.resolve("settings.json")), new Workspace(), Runnable::run);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void pcmDevicesAtFiveTargetsDriftDownOverTime() throws Exception {
        DevicePreviewViewModel model = new DevicePreviewViewModel(context(), background, 0);
        await(() -> model.chartProperty().get() != null, "the preview of the default configuration");
        DeviceProbeResult result = model.resultProperty().get();
        assertEquals(5, result.targets().size());
        for (DeviceProbeResult.Target target : result.targets().subList(1, 5)) {
            List<DeviceProbeResult.Time> times = target.times();
            assertEquals(DevicePreview.TIMES, times.size());
            assertTrue(times.get(times.size() - 1).gMean() < 0.5 * times.get(0).gMean(),
                    "target " + target.gTarget() + " after 10 years");
            for (int i = 10; i < times.size(); i += 10) {
                assertTrue(times.get(i).gMean() < times.get(i - 10).gMean(), "mean falls at " + times.get(i).t());
            }
        }
        assertEquals(5 * DevicePreview.TIMES, model.chartProperty().get().data().rows().size());
        assertTrue(model.messageProperty().get().startsWith("Mean ± std"), model.messageProperty().get());
    }

    @Test
    void aNewConfigurationIsDrawnAndAnInvalidOneExplained() throws Exception {
        AppContext context = context();
        DevicePreviewViewModel model = new DevicePreviewViewModel(context, background, 0);
        await(() -> model.chartProperty().get() != null, "the first preview");
        double firstTop = model.resultProperty().get().targets().get(4).gTarget();

        context.workspace().validConfigProperty().set(null);
        assertNull(model.chartProperty().get());
        assertTrue(model.messageProperty().get().contains("configuration is invalid"), model.messageProperty().get());

        RpuConfig smaller = ConfigTree.with(RpuConfig.defaults(), "noise_model.g_max", 10.0);
        context.workspace().validConfigProperty().set(smaller);
        await(() -> model.chartProperty().get() != null, "the preview of the new configuration");
        double newTop = model.resultProperty().get().targets().get(4).gTarget();
        assertNotEquals(firstTop, newTop);
        assertEquals(10.0, newTop, 1e-9);
    }
}
