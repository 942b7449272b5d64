package org.driftlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.driftlab.app.chart.ExportSettings;
import org.driftlab.app.jobs.JobStatus;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.ChartFormat;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window running real drift jobs: the quickstart's first point, cancelling, exporting the chart. */
class DriftRunFxTest extends MainWindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theQuickstartPlotsItsFirstPointAndTheChartExportsToEveryFormat(FxRobot robot) throws Exception {
        robot.interact(() -> window.experiment().openExperiment(Path.of("sample-configs/quickstart.yaml")));
        robot.interact(() -> {
            window.experiment().model().limit().set("64");
            window.experiment().model().repetitions().set("1");
            window.experiment().model().times().set("1s, 1d");
        });
        robot.clickOn("#run-drift");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !context.jobs().jobs().isEmpty());
        QueuedJob job = context.jobs().jobs().get(0);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> window.accuracy().chart().plotted() != null
                || job.status().isFinished());
        assertTrue(window.accuracy().model().pointCount() >= 1, job + " " + job.failure().orElse(""));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> job.status().isFinished());
        assertEquals(JobStatus.COMPLETED, job.status(), job.failure().orElse(""));
        WaitForAsyncUtils.waitForFxEvents();

        for (ChartFormat format : ChartFormat.values()) {
            Path file = folder.resolve("accuracy." + format.extension());
            ExportSettings settings = ExportSettings.defaults(format);
            robot.interact(() -> {
                try {
                    window.accuracy().chart().exportTo(file, settings);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (format) {
                case PNG -> assertTrue(head.startsWith("\u0089PNG"), head);
                case SVG -> assertTrue(head.contains("<svg"), head);
                case PDF -> assertTrue(head.startsWith("%PDF"), head);
                case CSV -> assertTrue(head.startsWith("curve,t_s"), head);
            }
        }
    }

    @Test
    void cancellingARunningDriftJobKeepsWhatItFinished(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.experiment().model().name().set("to-cancel");
            window.experiment().model().limit().set("64");
            window.experiment().model().repetitions().set("50");
            window.experiment().model().histograms().set(false);
        });
        robot.clickOn("#run-drift");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> context.jobs().jobs().stream()
                .anyMatch(j -> j.title().contains("to-cancel") && j.fraction() > 0));
        QueuedJob job = context.jobs().jobs().stream().filter(j -> j.title().contains("to-cancel")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button cancel = robot.lookup(".cancel-job").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getScene() != null && b.isVisible() && !b.isDisabled()).findFirst()
                .orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> job.status().isFinished());
        assertEquals(JobStatus.CANCELLED, job.status());
        Path run = context.runs().list().stream().filter(p -> p.getFileName().toString().contains("to-cancel"))
                .findFirst().orElseThrow();
        assertEquals("cancelled", RunRecords.readRun(run).path("status").asText());
        assertTrue(RunRecords.hasResults(run), "the finished points are kept");
    }
}
