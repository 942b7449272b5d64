package org.driftlab.app.sweep;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.driftlab.app.AppContext;
import org.driftlab.app.Buttons;
import org.driftlab.app.chart.ChartView;
import org.driftlab.config.Durations;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

/**
 * Sweep results: the sweep's figure at a chosen drift time beside the accuracy curves of the point clicked in it.
 * It follows the workspace's shown run whenever that is a sweep.
 */
public final class SweepView extends BorderPane {
    private final SweepViewModel model = new SweepViewModel();
    private final ChartView sweepChart = new ChartView("sweep", "Open a sweep run from the history.");
    private final ChartView pointChart = new ChartView("sweep-point", "Click a point of the sweep to see its curves.");

    public SweepView(AppContext context) {
        setId("sweep-view");
        sweepChart.setId("sweep-chart");
        pointChart.setId("sweep-point-chart");
        ComboBox<Double> time = new ComboBox<>(model.times());
        time.setId("sweep-time");
        time.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double seconds) {
                return seconds == null ? "" : Durations.format(seconds);
            }

            @Override
            public Double fromString(String text) {
                return Durations.parse(text);
            }
        });
        time.valueProperty().bindBidirectional(model.timeProperty());
        time.disableProperty().bind(model.timeAppliesProperty().not());
        Button reload = Buttons.of("Reload", "sweep-reload", model::reload);
        reload.disableProperty().bind(model.sweepProperty().isNull());

        model.chartProperty().addListener((o, before, now) -> sweepChart.show(now));
        model.pointChartProperty().addListener((o, before, now) -> pointChart.show(now));
        pointChart.setReadout(ChartView::timeAccuracyReadout);
        sweepChart.setReadout(model::describe);
        sweepChart.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                model.click(event.getEntity());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });

        Label message = new Label();
        message.setId("sweep-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(2, 6, 2, 6));
        setTop(new ToolBar(new Label("Drift time"), time, reload));
        SplitPane charts = new SplitPane(sweepChart, pointChart);
        charts.setDividerPositions(0.55);
        setCenter(charts);
        setBottom(message);

        context.workspace().shownRunProperty().addListener((o, before, now) -> model.show(now));
        model.show(context.workspace().shownRunProperty().get());
    }

    public SweepViewModel model() {
        return model;
    }

    /** The sweep folder shown; it changes when a sweep run is opened (the main window may bring this view forward). */
    public ReadOnlyObjectProperty<Path> sweepProperty() {
        return model.sweepProperty();
    }
}
