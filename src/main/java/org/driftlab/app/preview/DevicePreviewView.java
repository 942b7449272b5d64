package org.driftlab.app.preview;

import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.driftlab.app.AppContext;
import org.driftlab.app.chart.ChartView;

/** How single devices of the current configuration drift, as aihwkit's plot_weight_drift shows it. */
public final class DevicePreviewView extends BorderPane {
    private final DevicePreviewViewModel model;

    public DevicePreviewView(AppContext context) {
        model = new DevicePreviewViewModel(context, Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "driftlab-device-preview");
            thread.setDaemon(true);
            return thread;
        }), DevicePreviewViewModel.DEBOUNCE_MILLIS);
        Label message = new Label();
        message.setId("device-preview-message");
        message.setWrapText(true);
        message.setPadding(new Insets(6));
        message.textProperty().bind(model.messageProperty());
        setTop(message);
        ChartView chart = new ChartView("device-drift", "No preview: see the message above.");
        chart.setId("device-preview-chart");
        chart.show(model.chartProperty().get());
        model.chartProperty().addListener((o, a, plotted) -> chart.show(plotted));
        setCenter(chart);
    }

    public DevicePreviewViewModel model() {
        return model;
    }
}
