package org.driftlab.app.histograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.app.AppContext;
import org.driftlab.app.LiveRun;
import org.driftlab.app.LiveRunListener;
import org.driftlab.app.Workspace;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.run.RunStore;
import org.driftlab.report.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramViewModelTest {
    @TempDir
    Path folder;

    private AppContext context() {
        return new AppContext(new JobQueue(), new RunStore(folder.resolve("runs")),
                new SettingsStore(folder.resolve("settings.json")), new Workspace(), Runnable::run);
    }

    @Test
    void theSliderPicksTheSnapshotOfItsPositionForTheChosenLayer() {
        HistogramViewModel model = new HistogramViewModel(context(), Runnable::run);
        model.show(HistogramFixtures.snapshots());
        assertEquals(List.of("features.0", "classifier.1"), model.layers());
        assertEquals("features.0", model.layerProperty().get());
        assertEquals("G+ (µS)", model.quantityProperty().get());
        assertEquals(2, model.timeIndexProperty().get(), "a new run shows its last time");

        model.setSliderPosition(0.4);
        assertEquals(1.0, model.selectedSnapshot().t());
        assertEquals("t = 1 s", model.timeLabelProperty().get());
        model.setSliderPosition(1.4);
        assertEquals(3600.0, model.selectedSnapshot().t());
        model.setSliderPosition(7);
        assertEquals(86400.0, model.selectedSnapshot().t(), "positions past the end stop at the last time");

        model.setSliderPosition(1);
        model.layerProperty().set("classifier.1");
        List<Histogram> shown = model.selectedHistograms().histograms();
        assertEquals(List.of("G+ (µS)", "G- (µS)"), shown.stream().map(Histogram::label).toList());
        assertEquals(10, shown.get(0).counts()[2], "G+ at the second time peaks in bin 2");
        assertTrue(model.atTimeChartProperty().get().chart().getTitle().getText().contains("classifier.1 at t = 1 h"));

        model.quantityProperty().set("drifted weight");
        assertEquals(List.of("target weight", "drifted weight"),
                model.selectedHistograms().histograms().stream().map(Histogram::label).toList());
        assertEquals(3 * 4, model.overTimeChartProperty().get().data().rows().size(), "a ridge of 4 bins per time");
    }

    @Test
    void aRecordedRunIsReadWhenItIsShown() throws Exception {
        AppContext context = context();
        HistogramViewModel model = new HistogramViewModel(context, Runnable::run);
        context.workspace().shownRunProperty().set(HistogramFixtures.recordedRun(folder));
        assertEquals(3, model.snapshotCountProperty().get());
        assertTrue(model.statusProperty().get().contains("3 times"), model.statusProperty().get());
        model.setSliderPosition(0);
        assertEquals(10, model.selectedHistograms().histogram("G+ (µS)").counts()[3]);

        Path empty = folder.resolve("empty-run");
        Files.createDirectories(empty);
        context.workspace().shownRunProperty().set(empty);
        assertEquals(0, model.snapshotCountProperty().get());
        assertNull(model.atTimeChartProperty().get());
        assertTrue(model.statusProperty().get().contains("recorded no histograms"), model.statusProperty().get());
    }

    private static boolean ridgesOfBothTimes(HistogramViewModel model) {
        var chart = model.overTimeChartProperty().get();
        return chart != null && chart.data().rows().size() == 2 * 4;
    }

    @Test
    void liveSnapshotsArriveThroughTheThrottle() throws Exception {
        AppContext context = context();
        HistogramViewModel model = new HistogramViewModel(context, Runnable::run);
        LiveRunListener live = context.workspace().liveListeners().get(0);
        live.runStarted(new LiveRun("quickstart", folder.resolve("live"), null));
        live.histograms(HistogramFixtures.snapshot(1));
        live.histograms(HistogramFixtures.snapshot(0));
        for (int i = 0; i < 100 && !ridgesOfBothTimes(model); i++) {
            Thread.sleep(20);
        }
        assertTrue(ridgesOfBothTimes(model));
        assertEquals(2, model.snapshotCountProperty().get());
        assertEquals(3600.0, model.selectedSnapshot().t(), "the newest time, sorted");
        assertTrue(model.statusProperty().get().startsWith("Live: quickstart"), model.statusProperty().get());
    }
}
