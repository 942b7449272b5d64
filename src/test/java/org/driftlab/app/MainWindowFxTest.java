package org.driftlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.driftlab.app.teaching.GuidedDemo;
import org.driftlab.app.settings.SettingsStore;
import org.driftlab.app.teaching.GuidedDemos;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowFxTest extends MainWindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void opensWithTheVersionInTheTitle(FxRobot robot) {
        Stage stage = (Stage) window.root().getScene().getWindow();
        assertTrue(stage.getTitle().startsWith("DriftLab"), stage.getTitle());
        assertTrue(stage.isShowing());
    }

    @Test
    void presentationModeEnlargesHidesAdvancedAndOffersDemos(FxRobot robot) {
        robot.interact(() -> context.workspace().advancedProperty().set(true));
        robot.interact(() -> context.workspace().presentationProperty().set(true));
        assertTrue(window.root().getStyleClass().contains("presentation"));
        assertTrue(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("presentation.css")));
        assertFalse(context.workspace().advancedProperty().get(), "presentation hides the advanced parameters");
        assertTrue(robot.lookup("#demo-bar").query().isVisible());
        assertTrue(context.settings().get().presentation());
        robot.interact(() -> context.workspace().presentationProperty().set(false));
        assertFalse(robot.lookup("#demo-bar").query().isVisible());
    }

    @Test
    void aGuidedDemoLoadsItsConfigurationAndRuns(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.workspace().presentationProperty().set(true);
            window.experiment().model().limit().set("32");
            window.experiment().model().repetitions().set("1");
            window.experiment().model().times().set("1s");
        });
        @SuppressWarnings("unchecked")
        ComboBox<GuidedDemo> choice =
                robot.lookup("#demo-bar .combo-box").queryAs(ComboBox.class);
        GuidedDemo demo = GuidedDemos.all().get(2);
        robot.interact(() -> choice.setValue(demo));
        robot.clickOn("#run-demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !context.jobs().jobs().isEmpty());
        var job = context.jobs().jobs().get(0);
        assertTrue(job.title().contains("drift-compensation"), job.title());
        assertTrue(window.experiment().model().compareUncompensated().get());
        assertEquals(GuidedDemos.config(demo),
                context.workspace().validConfigProperty().get());
        job.cancel();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> job.status().isFinished());
        robot.interact(() -> context.workspace().presentationProperty().set(false));
    }

    @Test
    void aFailedJobsWholeReasonIsInItsRowsTooltip(FxRobot robot) throws Exception {
        String reason = "checkpoint file /somewhere/far/away/model.ckpt: cannot write there (a reason long enough to"
                + " be cut short in the row, which leaves the job queue's status column long before it ends)";
        var job = context.jobs().submit("failing", (listener, cancellation) -> {
            throw new IllegalArgumentException(reason);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> job.status().isFinished());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".list-cell .field-error").tryQuery()
                .isPresent());
        Label detail = robot.lookup(".list-cell .field-error").queryAs(Label.class);
        assertTrue(detail.getTooltip().getText().contains(reason), detail.getTooltip().getText());
    }

    @Test
    void theDarkThemeIsAStylesheetAndIsRemembered(FxRobot robot) {
        robot.interact(() -> window.setTheme(MainWindow.DARK));
        assertTrue(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertEquals(MainWindow.DARK, context.settings().get().theme());
        robot.interact(() -> window.setTheme(MainWindow.LIGHT));
        assertFalse(window.root().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }

    @Test
    void remembersTheLayout(FxRobot robot) {
        robot.interact(window::rememberLayout);
        assertEquals(context.settings().get().windowWidth(),
                new SettingsStore(context.settings().file()).get().windowWidth());
    }
}
