package org.driftlab.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.driftlab.app.AppContext;
import org.driftlab.app.FxTestSupport;
import org.driftlab.app.chart.ChartView;
import org.driftlab.app.sweep.SweepView;
import org.driftlab.experiment.RunFixtures;
import org.driftlab.experiment.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RunsViewFxTest {
    @TempDir
    static Path folder;

    private AppContext context;
    private Path drift;
    private Path sweep;

    @Start
    void start(Stage stage) throws Exception {
        context = FxTestSupport.context(folder);
        drift = RunFixtures.drift(context.runs().root().resolve("drift-run"), "drift-run", 0.02, false);
        Thread.sleep(5);
        sweep = RunFixtures.sweep(context.runs().root().resolve("sweep-run"), List.of(0.0, 0.1), List.of(0.0, 0.2));
        RunsView runs = new RunsView(context);
        SweepView sweeps = new SweepView(context);
        stage.setScene(new Scene(new SplitPane(runs, sweeps), 1400, 700));
        stage.show();
    }

    @Test
    void selectingARunAndPressingOpenShowsItAndASweepOpensInTheSweepView(FxRobot robot) {
        TableView<RunSummary> table = robot.lookup("#runs-table").queryTableView();
        assertEquals(List.of(sweep, drift), table.getItems().stream().map(RunSummary::folder).toList());
        assertNull(context.workspace().shownRunProperty().get());

        robot.clickOn(robot.lookup("#runs-table .table-row-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#runs-open");
        assertEquals(drift, context.workspace().shownRunProperty().get());

        robot.clickOn(robot.lookup("#runs-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#runs-open");
        assertEquals(sweep, context.workspace().shownRunProperty().get());
        ChartView sweepChart = robot.lookup("#sweep-chart").queryAs(ChartView.class);
        assertNotNull(sweepChart.plotted(), "the sweep view draws the opened sweep");
        assertEquals("Accuracy at 1 d", sweepChart.plotted().chart().getTitle().getText());
    }

    @Test
    void comparingTwoSelectedRunsListsTheirDifferingSettings(FxRobot robot) {
        TableView<RunSummary> table = robot.lookup("#runs-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#runs-compare");
        TableView<?> differences = robot.lookup("#runs-differences").queryTableView();
        assertEquals(3, differences.getColumns().size(), "the setting and one column per run");
        assertTrue(differences.getItems().stream().map(Object::toString)
                .anyMatch(row -> row.startsWith("config.forward.out_noise=")), differences.getItems().toString());
        assertTrue(differences.getItems().stream().map(Object::toString)
                .anyMatch(row -> row.startsWith("kind=")), differences.getItems().toString());
        assertNotNull(robot.lookup("#runs-curves").queryAs(ChartView.class).plotted(), "the drift run's curves");
    }
}
