package org.driftlab.app.histograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.driftlab.app.AppContext;
import org.driftlab.app.FxTestSupport;
import org.driftlab.app.chart.ChartView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HistogramViewFxTest {
    @TempDir
    static Path folder;

    private AppContext context;
    private HistogramView view;

    @Start
    void start(Stage stage) {
        context = FxTestSupport.context(folder);
        view = new HistogramView(context);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void aRecordedRunIsShownAndTheSliderReplaysItsTimes(FxRobot robot) throws Exception {
        Path run = HistogramFixtures.recordedRun(folder);
        robot.interact(() -> context.workspace().shownRunProperty().set(run));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.model().snapshotCountProperty().get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        Label time = robot.lookup("#histogram-time-label").queryAs(Label.class);
        assertEquals("t = 1 d", time.getText(), "the last time first");
        assertNotNull(robot.lookup("#histogram-at-time").queryAs(ChartView.class).plotted());

        robot.clickOn("#histogram-time-slider").type(KeyCode.HOME);
        assertEquals("t = 1 s", time.getText());
        assertEquals(0.0, robot.lookup("#histogram-time-slider").queryAs(Slider.class).getValue());
        robot.type(KeyCode.RIGHT);
        assertEquals("t = 1 h", time.getText());
        assertEquals(3600.0, view.model().selectedSnapshot().t());
        String title = robot.lookup("#histogram-at-time").queryAs(ChartView.class).plotted().chart().getTitle()
                .getText();
        assertEquals("features.0 at t = 1 h", title);
    }
}
