package org.driftlab.app.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.driftlab.app.AppContext;
import org.driftlab.app.FxTestSupport;
import org.driftlab.app.chart.ChartView;
import org.driftlab.app.layers.LayerTableView;
import org.driftlab.app.scrubber.ScrubberView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The device preview, the layer table and the scrubber, built as the main window builds them. */
@ExtendWith(ApplicationExtension.class)
class LiveViewsFxTest {
    @TempDir
    static Path folder;

    private AppContext context;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        context = FxTestSupport.context(folder);
        tabs = new TabPane(new Tab("Devices", new DevicePreviewView(context)),
                new Tab("Layers", new LayerTableView(context)), new Tab("Scrubber", new ScrubberView(context)));
        stage.setScene(new Scene(tabs, 1000, 600));
        stage.show();
    }

    @Test
    void theDevicesAreDrawnTheLayersListedAndTheScrubberWaitsForPrepare(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#device-preview-chart").queryAs(ChartView.class).plotted() != null);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#layers-table").queryAs(TableView.class).getItems().size() == 26);

        robot.interact(() -> context.workspace().validConfigProperty().set(null));
        assertTrue(robot.lookup("#device-preview-message").queryAs(Label.class).getText()
                .contains("configuration is invalid"));
        assertEquals(null, robot.lookup("#device-preview-chart").queryAs(ChartView.class).plotted());

        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertTrue(robot.lookup("#scrubber-time").queryAs(Slider.class).isDisabled(), "no time before Prepare");
        robot.clickOn("#scrubber-prepare");
        assertTrue(robot.lookup("#scrubber-status").queryAs(Label.class).getText().contains("configuration is invalid"));
    }
}
