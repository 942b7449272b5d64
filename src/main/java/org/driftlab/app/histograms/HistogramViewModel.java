package org.driftlab.app.histograms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftlab.app.AppContext;
import org.driftlab.app.LiveRun;
import org.driftlab.app.LiveRunListener;
import org.driftlab.app.jobs.UiThrottle;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.Histogram;
import org.driftlab.report.HistogramRidgelineChart;
import org.driftlab.report.HistogramSnapshot;
import org.driftlab.report.PlottedChart;
import org.driftlab.report.TimeAxisFormat;

/**
 * The per-layer histograms of one run over drift time, live or recorded: a layer and a quantity to choose, a time
 * slider over the snapshots, and two charts: the chosen quantity's group (G+ with G-, or target with drifted
 * weights) at the slider's time, and the chosen quantity as a ridgeline over all times. Touched on the UI thread.
 */
public final class HistogramViewModel {
    private final AppContext context;
    private final Executor background;
    private final UiThrottle throttle;
    private final ObservableList<String> layers = FXCollections.observableArrayList();
    private final ObservableList<String> quantities = FXCollections.observableArrayList();
    private final StringProperty layer = new SimpleStringProperty();
    private final StringProperty quantity = new SimpleStringProperty();
    private final IntegerProperty timeIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty snapshotCount = new SimpleIntegerProperty(0);
    private final StringProperty timeLabel = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(
            "No histograms yet: run a drift evaluation with histograms, or open a run that recorded them.");
    private final ObjectProperty<PlottedChart> atTime = new SimpleObjectProperty<>();
    private final ObjectProperty<PlottedChart> overTime = new SimpleObjectProperty<>();
    private List<LayerHistograms.Snapshot> snapshots = List.of();
    private long loads;
    /** The folder of the live run being followed (compute thread writes, UI thread reads). */
    private volatile Path liveFolder;

    public HistogramViewModel(AppContext context, Executor background) {
        this.context = context;
        this.background = background;
        this.throttle = context.newThrottle();
        layer.addListener((o, a, b) -> layerChanged());
        quantity.addListener((o, a, b) -> redraw());
        timeIndex.addListener((o, a, b) -> redraw());
        context.workspace().addLiveListener(new Live());
        context.workspace().shownRunProperty().addListener((o, a, folder) -> {
            if (folder != null && !folder.equals(liveFolder)) {
                load(folder);
            }
        });
    }

    /** Reads the run's histograms off the UI thread and shows them. */
    public void load(Path folder) {
        long load = ++loads;
        status.set("Reading the histograms of " + folder.getFileName() + "…");
        background.execute(() -> {
            try {
                List<LayerHistograms.Snapshot> read = RunRecords.histograms(folder);
                context.ui().execute(() -> {
                    if (load != loads) {
                        return;
                    }
                    if (read.isEmpty()) {
                        show(List.of());
                        status.set("The run " + folder.getFileName() + " recorded no histograms (an experiment "
                                + "records them with histograms: true).");
                    } else {
                        show(read);
                        status.set("Run " + folder.getFileName() + ": " + read.size() + " times");
                    }
                });
            } catch (IOException | RuntimeException e) {
                context.ui().execute(() -> {
                    if (load == loads) {
                        status.set("Could not read the histograms of " + folder + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    /**
     * Shows these snapshots (sorted by time). The chosen layer and quantity stay when the new snapshots have them;
     * a slider at the last time follows new times as they arrive.
     */
    public void show(List<LayerHistograms.Snapshot> next) {
        boolean atEnd = snapshots.isEmpty() || timeIndex.get() >= snapshots.size() - 1;
        snapshots = List.copyOf(next);
        snapshotCount.set(snapshots.size());
        int last = Math.max(0, snapshots.size() - 1);
        timeIndex.set(atEnd ? last : Math.min(timeIndex.get(), last));
        List<String> names = snapshots.isEmpty() ? List.of() : snapshots.get(last).layerNames();
        if (!layers.equals(names)) {
            String kept = layer.get();
            layers.setAll(names);
            layer.set(names.contains(kept) ? kept : names.isEmpty() ? null : names.get(0));
        }
        layerChanged();
    }

    /** Moves the slider: the position is rounded to the nearest recorded time. */
    public void setSliderPosition(double position) {
        if (!snapshots.isEmpty()) {
            timeIndex.set((int) Math.max(0, Math.min(snapshots.size() - 1, Math.round(position))));
        }
    }

    /** The snapshot the slider points at, or null when there is none. */
    public LayerHistograms.Snapshot selectedSnapshot() {
        return snapshots.isEmpty() ? null
                : snapshots.get(Math.max(0, Math.min(snapshots.size() - 1, timeIndex.get())));
    }

    /** The histograms the "at time" chart shows: the chosen layer's quantities in the chosen one's group. */
    public HistogramSnapshot selectedHistograms() {
        LayerHistograms.Snapshot snapshot = selectedSnapshot();
        if (snapshot == null || layer.get() == null || !snapshot.layerNames().contains(layer.get())) {
            return null;
        }
        HistogramSnapshot all = snapshot.of(layer.get());
        boolean conductance = isConductance(quantity.get());
        return new HistogramSnapshot(all.t(), all.histograms().stream()
                .filter(h -> isConductance(h.label()) == conductance).toList());
    }

    private static boolean isConductance(String label) {
        return label != null && label.contains("µS");
    }

    private void layerChanged() {
        LayerHistograms.Snapshot snapshot = selectedSnapshot();
        List<String> names = snapshot == null || layer.get() == null || !snapshot.layerNames().contains(layer.get())
                ? List.of() : snapshot.of(layer.get()).histograms().stream().map(Histogram::label).toList();
        if (!quantities.equals(names)) {
            String kept = quantity.get();
            quantities.setAll(names);
            quantity.set(names.contains(kept) ? kept : names.isEmpty() ? null : names.get(0));
        }
        redraw();
    }

    private void redraw() {
        HistogramSnapshot selected = selectedHistograms();
        if (selected == null || quantity.get() == null) {
            atTime.set(null);
            overTime.set(null);
            timeLabel.set("");
            return;
        }
        String time = TimeAxisFormat.label(selected.t());
        timeLabel.set("t = " + time);
        String xLabel = isConductance(quantity.get()) ? "conductance (µS)" : "weight (tile units)";
        atTime.set(HistogramRidgelineChart.overlay(selected, xLabel, layer.get() + " at t = " + time));
        List<HistogramSnapshot> series = new ArrayList<>();
        for (LayerHistograms.Snapshot snapshot : snapshots) {
            if (snapshot.layerNames().contains(layer.get())) {
                series.add(snapshot.of(layer.get()));
            }
        }
        overTime.set(HistogramRidgelineChart.ridgeline(series, quantity.get(),
                layer.get() + ": " + quantity.get() + " over time"));
    }

    public ObservableList<String> layers() {
        return layers;
    }

    public ObservableList<String> quantities() {
        return quantities;
    }

    public StringProperty layerProperty() {
        return layer;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public IntegerProperty timeIndexProperty() {
        return timeIndex;
    }

    public IntegerProperty snapshotCountProperty() {
        return snapshotCount;
    }

    public StringProperty timeLabelProperty() {
        return timeLabel;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<PlottedChart> atTimeChartProperty() {
        return atTime;
    }

    public ObjectProperty<PlottedChart> overTimeChartProperty() {
        return overTime;
    }

    /** Collects a live run's snapshots on the compute thread and redraws at most ten times a second. */
    private final class Live implements LiveRunListener {
        private final List<LayerHistograms.Snapshot> received = new ArrayList<>();
        private String name = "";

        @Override
        public void runStarted(LiveRun run) {
            synchronized (received) {
                received.clear();
                name = run.name();
            }
            liveFolder = run.folder();
        }

        @Override
        public void histograms(LayerHistograms.Snapshot snapshot) {
            List<LayerHistograms.Snapshot> copy;
            String run;
            synchronized (received) {
                received.add(snapshot);
                received.sort((a, b) -> Double.compare(a.t(), b.t()));
                copy = List.copyOf(received);
                run = name;
            }
            throttle.post(this, () -> {
                loads++;
                status.set("Live: " + run + ", " + copy.size() + (copy.size() == 1 ? " time" : " times"));
                show(copy);
            });
        }

        @Override
        public void runFinished(LiveRun run, org.driftlab.app.jobs.JobStatus jobStatus) {
            if (Objects.equals(liveFolder, run.folder())) {
                liveFolder = null;
            }
        }
    }
}
