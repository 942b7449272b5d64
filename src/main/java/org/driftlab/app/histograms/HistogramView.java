package org.driftlab.app.histograms;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.driftlab.app.AppContext;
import org.driftlab.app.chart.ChartView;

/** Per-layer conductance and weight histograms over drift time, with a layer chooser and a time slider. */
public final class HistogramView extends BorderPane {
    private final HistogramViewModel model;

    public HistogramView(AppContext context) {
        this(context, ForkJoinPool.commonPool());
    }

    HistogramView(AppContext context, Executor background) {
        model = new HistogramViewModel(context, background);
        ComboBox<String> layer = new ComboBox<>(model.layers());
        layer.setId("histogram-layer");
        layer.valueProperty().bindBidirectional(model.layerProperty());
        ComboBox<String> quantity = new ComboBox<>(model.quantities());
        quantity.setId("histogram-quantity");
        quantity.valueProperty().bindBidirectional(model.quantityProperty());

        Slider time = new Slider(0, 0, 0);
        time.setId("histogram-time-slider");
        time.setMajorTickUnit(1);
        time.setMinorTickCount(0);
        time.setBlockIncrement(1);
        time.setSnapToTicks(true);
        time.setShowTickMarks(true);
        HBox.setHgrow(time, Priority.ALWAYS);
        time.maxProperty().bind(model.snapshotCountProperty().subtract(1).map(n -> Math.max(0, n.intValue())));
        time.disableProperty().bind(model.snapshotCountProperty().lessThan(2));
        time.valueProperty().addListener((o, a, b) -> model.setSliderPosition(b.doubleValue()));
        model.timeIndexProperty().addListener((o, a, b) -> {
            if (Math.round(time.getValue()) != b.intValue()) {
                time.setValue(b.intValue());
            }
        });
        Label timeLabel = new Label();
        timeLabel.setId("histogram-time-label");
        timeLabel.setMinWidth(90);
        timeLabel.textProperty().bind(model.timeLabelProperty());

        HBox controls = new HBox(8, new Label("Layer"), layer, new Label("Quantity"), quantity, new Label("Time"),
                time, timeLabel);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("histogram-status");
        status.textProperty().bind(model.statusProperty());
        VBox top = new VBox(4, controls, status);
        top.setPadding(new Insets(6));
        setTop(top);

        ChartView atTime = new ChartView("histograms", "No histograms to show.");
        atTime.setId("histogram-at-time");
        ChartView overTime = new ChartView("histogram-ridgeline", "No histograms to show.");
        overTime.setId("histogram-over-time");
        model.atTimeChartProperty().addListener((o, a, chart) -> atTime.show(chart));
        model.overTimeChartProperty().addListener((o, a, chart) -> overTime.show(chart));
        SplitPane charts = new SplitPane(atTime, overTime);
        charts.setOrientation(Orientation.HORIZONTAL);
        setCenter(charts);
    }

    public HistogramViewModel model() {
        return model;
    }
}
