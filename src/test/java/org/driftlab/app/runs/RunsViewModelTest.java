package org.driftlab.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.driftlab.app.AppContext;
import org.driftlab.app.Workspace;
import org.driftlab.app.jobs.JobQueue;
import org.driftlab.app.jobs.JobStatus;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.experiment.RunFixtures;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.experiment.run.RunStore;
import org.driftlab.experiment.run.RunSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsViewModelTest {
    @TempDir
    Path folder;

    private AppContext context;
    private RunsViewModel model;
    private Path older;
    private Path newer;
    private Path broken;

    @BeforeEach
    void setUp() throws Exception {
        Path root = folder.resolve("runs");
        context = new AppContext(new JobQueue(), new RunStore(root), new SettingsStore(folder.resolve("s.json")),
                new Workspace(), Runnable::run);
        older = RunFixtures.drift(root.resolve("b-quiet"), "quiet", 0.0, false);
        Thread.sleep(5);
        newer = RunFixtures.drift(root.resolve("a-noisy"), "noisy", 0.1, true);
        broken = Files.createDirectories(root.resolve("c-broken"));
        Files.writeString(broken.resolve("run.json"), "{ not json");
        Files.setLastModifiedTime(broken, java.nio.file.attribute.FileTime.from(Instant.EPOCH));
        Files.createDirectories(root.resolve("not-a-run"));
        model = new RunsViewModel(context);
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        context.jobs().close();
    }

    @Test
    void listsTheRunsNewestFirstWithTheBrokenOneMarkedUnreadable() {
        List<RunSummary> runs = model.runs();
        assertEquals(List.of(newer, older, broken), runs.stream().map(RunSummary::folder).toList());
        RunSummary noisy = runs.get(0);
        assertEquals("completed", noisy.status());
        assertEquals("drift", noisy.kind());
        assertEquals("noisy", noisy.name());
        assertEquals("default-hwa", noisy.model());
        assertEquals("preset inference_default, 2 reps, limit 100", noisy.settings());
        RunSummary unreadable = runs.get(2);
        assertFalse(unreadable.readable());
        assertEquals(RunSummary.UNREADABLE, unreadable.status());
        assertTrue(unreadable.problem().contains("run.json cannot be read"), unreadable.problem());
        assertTrue(model.messageProperty().get().contains("1 cannot be read"), model.messageProperty().get());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.open(unreadable));
        assertTrue(e.getMessage().contains("cannot be opened"), e.getMessage());
    }

    @Test
    void openingARunShowsItInTheWorkspace() {
        model.open(model.runs().get(1));
        assertEquals(older, context.workspace().shownRunProperty().get());
    }

    @Test
    void comparingListsOnlyTheSettingsThatDifferAndOverlaysTheCurves() throws Exception {
        RunComparison comparison = model.compare(List.of(model.runs().get(0), model.runs().get(1)));
        assertEquals(List.of("a-noisy", "b-quiet"), comparison.runs());
        assertEquals(Set.of("config.forward.out_noise"), comparison.differences().keySet());
        assertEquals(List.of("0.1", "0.0"), comparison.differences().get("config.forward.out_noise"));
        assertNotNull(comparison.curves());
        assertEquals(Set.of("a-noisy", "b-quiet"), new TreeSet<>(comparison.curves().data().rows().stream()
                .map(row -> (String) row.get(0)).toList()));
        assertThrows(IllegalArgumentException.class, () -> model.compare(List.of(model.runs().get(0))));
        assertThrows(IllegalArgumentException.class, () -> model.compare(List.copyOf(model.runs())),
                "an unreadable run cannot be compared");
    }

    @Test
    void deletingRemovesTheFolderAndTheShownRun() throws Exception {
        model.open(model.runs().get(0));
        model.delete(model.runs().get(0));
        assertFalse(Files.exists(newer));
        assertNull(context.workspace().shownRunProperty().get());
        assertEquals(List.of(older, broken), model.runs().stream().map(RunSummary::folder).toList());
        model.delete(model.runs().get(1));
        assertFalse(Files.exists(broken), "an unreadable run can be deleted");
    }

    @Test
    void aFolderOutsideTheStoreIsNotDeleted() throws Exception {
        Path outside = RunFixtures.drift(folder.resolve("elsewhere"), "x", 0, false);
        RunSummary run = RunRecords.summary(outside);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.delete(run));
        assertTrue(e.getMessage().contains("is not a run folder of the store"), e.getMessage());
        assertTrue(Files.exists(outside));
    }

    @Test
    void exportAllWritesEveryFigureInTheFourFormats() throws Exception {
        Path out = folder.resolve("figures");
        QueuedJob job = model.exportAll(model.runs().get(0), out);
        waitFor(job);
        assertEquals(JobStatus.COMPLETED, job.status(), job.failure().orElse(""));
        Set<String> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = new TreeSet<>(walk.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).toList());
        }
        Set<String> expected = new TreeSet<>();
        for (String name : List.of("accuracy-vs-time", "histograms/features.0-gplus", "histograms/features.0-gminus",
                "histograms/features.0-drifted-weight")) {
            for (String ext : List.of("png", "svg", "pdf", "csv")) {
                expected.add(name + "." + ext);
            }
        }
        assertEquals(expected, files);
        assertEquals("Exported 16 files to " + out, model.messageProperty().get());
    }

    @Test
    void aFailedExportSaysWhy() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("runs/d-empty"));
        Files.writeString(empty.resolve("run.json"), "{\"kind\": \"drift\", \"status\": \"running\"}");
        model.refresh();
        RunSummary run = model.runs().stream().filter(r -> r.folder().equals(empty)).findFirst().orElseThrow();
        QueuedJob job = model.exportAll(run, folder.resolve("out"));
        waitFor(job);
        assertEquals(JobStatus.FAILED, job.status());
        assertTrue(model.messageProperty().get().contains("has no results to draw yet"),
                model.messageProperty().get());
    }

    private static void waitFor(QueuedJob job) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!job.status().isFinished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }
}
