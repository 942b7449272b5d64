package org.driftlab.app.scrubber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.driftlab.app.AppContext;
import org.driftlab.app.Workspace;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.run.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScrubberViewModelTest {
    @TempDir
    Path folder;

    private AppContext context() {
        return new AppContext(new JobQueue(), new RunStore(folder.resolve("runs")),
                new SettingsStore(folder.resolve("settings.json")), new Workspace(), Runnable::run);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 1800 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static double meanGPlus(LayerHistograms.Snapshot snapshot) {
        return snapshot.layers().get(0).quantities().get(0).mean();
    }

    @Test
    void draggingToALaterTimeLowersTheConductancesOfPcm() throws Exception {
        AppContext context = context();
        ScrubberViewModel model = new ScrubberViewModel(context);
        model.imagesProperty().set(64);
        model.logTimeProperty().set(0);
        QueuedJob job = model.prepare();
        assertNotNull(job);
        await(() -> model.visited().containsKey(1.0), "the accuracy at 1 s after preparing");
        double early = meanGPlus(model.histogramsProperty().get());
        assertEquals(1.0, model.histogramsProperty().get().t());

        model.logTimeProperty().set(Math.log10(365 * 86400.0));
        // The chart is the last thing a score sets (here on the compute thread, which runs the "UI" tasks).
        await(() -> model.accuracyChartProperty().get() != null
                && model.accuracyChartProperty().get().data().rows().size() == 2, "the accuracy at 1 y");
        assertEquals(2, model.visited().size());
        LayerHistograms.Snapshot year = model.histogramsProperty().get();
        assertEquals(365 * 86400.0, year.t(), 1e-6);
        assertTrue(meanGPlus(year) < 0.7 * early, "G+ " + meanGPlus(year) + " after a year, " + early + " at 1 s");
        assertNotNull(model.conductanceChartProperty().get());
        assertTrue(model.accuracyTextProperty().get().startsWith("t = 1 y: accuracy"),
                model.accuracyTextProperty().get());
        model.close();
        context.jobs().close();
    }

    @Test
    void anInvalidConfigurationSaysWhyItCannotPrepare() {
        AppContext context = context();
        ScrubberViewModel model = new ScrubberViewModel(context);
        context.workspace().validConfigProperty().set(null);
        assertNull(model.prepare());
        assertTrue(model.statusProperty().get().contains("configuration is invalid"), model.statusProperty().get());
    }
}
