package org.driftlab.app.scrubber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftlab.app.AppContext;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.DatasetSource;
import org.driftlab.experiment.DriftScrubber;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.ShippedModels;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.Curve;
import org.driftlab.report.CurvePoint;
import org.driftlab.report.HistogramRidgelineChart;
import org.driftlab.report.HistogramSnapshot;
import org.driftlab.report.PlottedChart;
import org.driftlab.report.TimeAxisFormat;

/**
 * The time scrubber: a shipped model programmed once with the workspace's configuration (one job), then read at
 * the time the slider names. Slider moves are latest wins and run on the compute thread: the conductances are
 * shown as soon as the network is drifted, the accuracy on the evaluation subset after it, unless a newer time is
 * already waiting. Properties are touched on the UI thread.
 */
public final class ScrubberViewModel {
    public static final double MIN_LOG_TIME = 0;
    public static final double MAX_LOG_TIME = Math.log10(10 * 365 * 86400.0);
    public static final String SPLIT = "test";

    private final AppContext context;
    private final LatestWins<Double> times;
    private final StringProperty model = new SimpleStringProperty("default-hwa");
    private final IntegerProperty images = new SimpleIntegerProperty(256);
    private final DoubleProperty logTime = new SimpleDoubleProperty(Math.log10(3600));
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty preparing = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("Press Prepare to programme the model once; "
            + "then drag the time.");
    private final StringProperty accuracyText = new SimpleStringProperty("");
    private final ObservableList<String> layers = FXCollections.observableArrayList();
    private final StringProperty layer = new SimpleStringProperty();
    private final ObjectProperty<LayerHistograms.Snapshot> histograms = new SimpleObjectProperty<>();
    private final ObjectProperty<PlottedChart> conductanceChart = new SimpleObjectProperty<>();
    private final ObjectProperty<PlottedChart> accuracyChart = new SimpleObjectProperty<>();
    private final Map<Double, Double> visited = new TreeMap<>();
    private volatile DriftScrubber scrubber;
    private RpuConfig preparedWith;

    public ScrubberViewModel(AppContext context) {
        this.context = context;
        this.times = new LatestWins<>(context.jobs()::runInteractive, this::readAt);
        logTime.addListener((o, a, b) -> requestTime(time()));
        layer.addListener((o, a, b) -> drawConductances());
        context.workspace().validConfigProperty().addListener((o, a, config) -> {
            if (scrubber != null && config != null && !config.equals(preparedWith)) {
                status.set("The configuration changed since preparing: press Prepare to use it.");
            }
        });
    }

    /** The slider's time in seconds. */
    public double time() {
        return Math.pow(10, logTime.get());
    }

    /** Programmes the chosen model with the current configuration, as one job; null when it cannot start. */
    public QueuedJob prepare() {
        RpuConfig config = context.workspace().validConfigProperty().get();
        if (config == null) {
            status.set("The configuration is invalid: fix the marked fields, then prepare.");
            return null;
        }
        String id = model.get();
        int count = images.get();
        DriftScrubber.Spec spec;
        try {
            spec = new DriftScrubber.Spec(ShippedModels.checkpoint(id), DatasetSource.fashionMnist(null), SPLIT,
                    count, config, 0, Set.of());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
        preparing.set(true);
        status.set("Programming " + id + "…");
        return context.jobs().submit("Time scrubber: programme " + id + " (" + count + " images)",
                (listener, cancellation) -> {
                    try {
                        DriftScrubber prepared = DriftScrubber.prepare(spec, ComputeDevice.resolve("cpu"), listener,
                                cancellation);
                        context.ui().execute(() -> install(prepared, config, id));
                    } catch (Exception | Error e) {
                        context.ui().execute(() -> {
                            preparing.set(false);
                            status.set(e instanceof Cancellation.CancelledException ? "Preparing was cancelled."
                                    : "Could not prepare " + id + ": " + e.getMessage());
                        });
                        throw e;
                    }
                });
    }

    private void install(DriftScrubber prepared, RpuConfig config, String id) {
        DriftScrubber old = scrubber;
        scrubber = prepared;
        if (old != null) {
            context.jobs().runInteractive(old::close);
        }
        preparedWith = config;
        visited.clear();
        preparing.set(false);
        ready.set(true);
        Score digital = prepared.digital();
        status.set(String.format(Locale.ROOT, "%s programmed; digital accuracy %.1f %% on %d test images.", id,
                100 * digital.accuracy(), prepared.images()));
        requestTime(time());
    }

    private void requestTime(double t) {
        if (scrubber != null) {
            times.request(t);
        }
    }

    /** On the compute thread: drift, show the conductances, then score unless a newer time waits. */
    private void readAt(double t) {
        DriftScrubber engine = scrubber;
        try {
            long start = System.nanoTime();
            LayerHistograms.Snapshot snapshot = engine.driftTo(t);
            context.ui().execute(() -> showHistograms(snapshot));
            if (times.hasPending()) {
                return;
            }
            Score score = engine.score();
            double seconds = (System.nanoTime() - start) / 1e9;
            context.ui().execute(() -> showScore(t, score, engine.digital(), seconds));
        } catch (RuntimeException e) {
            context.ui().execute(() -> status.set("Could not read the network at " + TimeAxisFormat.label(t) + ": "
                    + e.getMessage()));
        }
    }

    private void showHistograms(LayerHistograms.Snapshot snapshot) {
        histograms.set(snapshot);
        if (!layers.equals(snapshot.layerNames())) {
            String kept = layer.get();
            layers.setAll(snapshot.layerNames());
            layer.set(layers.contains(kept) ? kept : layers.isEmpty() ? null : layers.get(0));
        }
        drawConductances();
    }

    private void drawConductances() {
        LayerHistograms.Snapshot snapshot = histograms.get();
        if (snapshot == null || layer.get() == null || !snapshot.layerNames().contains(layer.get())) {
            conductanceChart.set(null);
            return;
        }
        HistogramSnapshot all = snapshot.of(layer.get());
        HistogramSnapshot conductances = new HistogramSnapshot(all.t(), all.histograms().stream()
                .filter(h -> h.label().contains("µS")).toList());
        conductanceChart.set(HistogramRidgelineChart.overlay(conductances, "conductance (µS)",
                layer.get() + " at t = " + TimeAxisFormat.label(snapshot.t())));
    }

    private void showScore(double t, Score score, Score digital, double seconds) {
        visited.put(t, score.accuracy());
        accuracyText.set(String.format(Locale.ROOT, "t = %s: accuracy %.1f %% (digital %.1f %%), %.2f s",
                TimeAxisFormat.label(t), 100 * score.accuracy(), 100 * digital.accuracy(), seconds));
        List<CurvePoint> points = new ArrayList<>();
        visited.forEach((time, accuracy) -> points.add(CurvePoint.of(time, accuracy)));
        accuracyChart.set(AccuracyVsTimeChart.build(List.of(new Curve(model.get() + " (times visited)", points,
                digital.accuracy())), "accuracy on " + score.count() + " test images"));
    }

    /** Releases the programmed network (on the compute thread). */
    public void close() {
        DriftScrubber old = scrubber;
        scrubber = null;
        ready.set(false);
        if (old != null) {
            context.jobs().runInteractive(old::close);
        }
    }

    public StringProperty modelProperty() {
        return model;
    }

    public IntegerProperty imagesProperty() {
        return images;
    }

    /** log10 of the time in seconds, from 0 (1 s) to 10 years. */
    public DoubleProperty logTimeProperty() {
        return logTime;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty preparingProperty() {
        return preparing;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty accuracyTextProperty() {
        return accuracyText;
    }

    public ObservableList<String> layers() {
        return layers;
    }

    public StringProperty layerProperty() {
        return layer;
    }

    public ObjectProperty<LayerHistograms.Snapshot> histogramsProperty() {
        return histograms;
    }

    public ObjectProperty<PlottedChart> conductanceChartProperty() {
        return conductanceChart;
    }

    public ObjectProperty<PlottedChart> accuracyChartProperty() {
        return accuracyChart;
    }

    /** The accuracies read so far, by time. */
    public Map<Double, Double> visited() {
        return Map.copyOf(visited);
    }
}
