package org.driftlab.app.scrubber;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.driftlab.app.AppContext;
import org.driftlab.app.Buttons;
import org.driftlab.app.chart.ChartView;
import org.driftlab.experiment.ShippedModels;
import org.driftlab.config.Durations;
import org.driftlab.report.TimeAxisFormat;

/** Drag the time of a programmed network and watch its conductances drift and its accuracy move. */
public final class ScrubberView extends BorderPane {
    private final ScrubberViewModel model;

    public ScrubberView(AppContext context) {
        model = new ScrubberViewModel(context);
        ComboBox<String> shipped = new ComboBox<>();
        shipped.getItems().setAll(ShippedModels.IDS);
        shipped.setId("scrubber-model");
        shipped.valueProperty().bindBidirectional(model.modelProperty());
        Spinner<Integer> images = new Spinner<>(16, 2000, model.imagesProperty().get(), 64);
        images.setId("scrubber-images");
        images.setEditable(true);
        images.setPrefWidth(90);
        images.valueProperty().addListener((o, a, b) -> model.imagesProperty().set(b));
        Button prepare = Buttons.of("Prepare", "scrubber-prepare", model::prepare);
        prepare.disableProperty().bind(model.preparingProperty());
        ComboBox<String> layer = new ComboBox<>(model.layers());
        layer.setId("scrubber-layer");
        layer.valueProperty().bindBidirectional(model.layerProperty());
        HBox setup = new HBox(8, new Label("Model"), shipped, new Label("Images"), images, prepare,
                new Label("Layer"), layer);
        setup.setAlignment(Pos.CENTER_LEFT);

        Slider time = new Slider(ScrubberViewModel.MIN_LOG_TIME, ScrubberViewModel.MAX_LOG_TIME,
                model.logTimeProperty().get());
        time.setId("scrubber-time");
        time.setShowTickLabels(true);
        time.setShowTickMarks(true);
        time.setMajorTickUnit(1);
        time.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double log) {
                return TimeAxisFormat.label(Math.pow(10, log));
            }

            @Override
            public Double fromString(String text) {
                return Math.log10(Durations.parse(text));
            }
        });
        time.valueProperty().bindBidirectional(model.logTimeProperty());
        time.disableProperty().bind(model.readyProperty().not());
        HBox.setHgrow(time, Priority.ALWAYS);
        Label timeLabel = new Label();
        timeLabel.setMinWidth(80);
        timeLabel.textProperty().bind(model.logTimeProperty().map(log ->
                TimeAxisFormat.label(Math.pow(10, log.doubleValue()))));
        HBox timeRow = new HBox(8, new Label("Time"), time, timeLabel);
        timeRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("scrubber-status");
        status.textProperty().bind(model.statusProperty());
        Label accuracy = new Label();
        accuracy.setId("scrubber-accuracy");
        accuracy.textProperty().bind(model.accuracyTextProperty());
        VBox top = new VBox(4, setup, timeRow, status, accuracy);
        top.setPadding(new Insets(6));
        setTop(top);

        ChartView conductances = new ChartView("scrubber-conductances", "Prepare, then drag the time.");
        ChartView accuracyChart = new ChartView("scrubber-accuracy", "The accuracy at each time read appears here.");
        accuracyChart.setReadout(ChartView::timeAccuracyReadout);
        model.conductanceChartProperty().addListener((o, a, chart) -> conductances.show(chart));
        model.accuracyChartProperty().addListener((o, a, chart) -> accuracyChart.show(chart));
        SplitPane charts = new SplitPane(conductances, accuracyChart);
        charts.setOrientation(Orientation.HORIZONTAL);
        setCenter(charts);
    }

    public ScrubberViewModel model() {
        return model;
    }
}
