package org.driftlab.app.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftlab.config.Durations;
import org.driftlab.experiment.SweepFigures;
import org.driftlab.experiment.SweepTable;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.report.PlottedChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYDataset;

/**
 * A sweep run on show: its figure at the chosen drift time (a heatmap for two keys, curves for one, bars for a
 * layer-sensitivity scan, every point's curve otherwise), and the accuracy curves of the point clicked in it.
 */
public final class SweepViewModel {
    private final ObjectProperty<Path> sweep = new SimpleObjectProperty<>();
    private final ObservableList<Double> times = FXCollections.observableArrayList();
    private final ObjectProperty<Double> time = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty timeApplies = new SimpleBooleanProperty(false);
    private final ObjectProperty<PlottedChart> chart = new SimpleObjectProperty<>();
    private final ObjectProperty<PlottedChart> pointChart = new SimpleObjectProperty<>();
    private final SimpleStringProperty message = new SimpleStringProperty("Open a sweep run to see its results.");
    private SweepTable table;

    public SweepViewModel() {
        time.addListener((observable, before, now) -> redraw());
    }

    /** The sweep folder shown (null before one is shown). */
    public ReadOnlyObjectProperty<Path> sweepProperty() {
        return sweep;
    }

    /** The drift times of the sweep, to choose from. */
    public ObservableList<Double> times() {
        return times;
    }

    /** The drift time shown by a heatmap or a layer scan. */
    public ObjectProperty<Double> timeProperty() {
        return time;
    }

    /** Whether the figure depends on the chosen time (a one-key sweep shows a line per time). */
    public ReadOnlyBooleanProperty timeAppliesProperty() {
        return timeApplies;
    }

    public ReadOnlyObjectProperty<PlottedChart> chartProperty() {
        return chart;
    }

    /** The accuracy curves of the point last clicked. */
    public ReadOnlyObjectProperty<PlottedChart> pointChartProperty() {
        return pointChart;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public Optional<SweepTable> table() {
        return Optional.ofNullable(table);
    }

    /** Shows the run if it is a sweep and says whether it was; any other run leaves the view as it was. */
    public boolean show(Path folder) {
        if (folder == null || !isSweep(folder)) {
            return false;
        }
        sweep.set(folder);
        pointChart.set(null);
        reload();
        return true;
    }

    /** Reads the shown sweep again (points finished since are added). */
    public void reload() {
        Path folder = sweep.get();
        if (folder == null) {
            return;
        }
        try {
            table = SweepTable.read(folder);
        } catch (IOException | RuntimeException e) {
            table = null;
            times.clear();
            chart.set(null);
            message.set(e.getMessage() + (e instanceof IOException ? "" : "; press Reload when points have finished"));
            return;
        }
        Double previous = time.get();
        times.setAll(table.times());
        SweepTable.Shape shape = table.shape();
        timeApplies.set(shape == SweepTable.Shape.HEATMAP || shape == SweepTable.Shape.LAYERS);
        Double chosen = previous != null && table.times().contains(previous) ? previous
                : table.times().get(table.times().size() - 1);
        if (Objects.equals(chosen, time.get())) {
            redraw();
        } else {
            time.set(chosen);
        }
        message.set(folder.getFileName() + ": " + table.points().size() + " points"
                + (table.keys().isEmpty() ? "" : " over " + String.join(" × ", table.keys()))
                + ". Click " + (shape == SweepTable.Shape.HEATMAP ? "a cell" : shape == SweepTable.Shape.LAYERS
                ? "a bar" : "a point") + " to see its accuracy over time.");
    }

    /** The sweep point behind a clicked part of the figure, if it stands for one. */
    public Optional<SweepTable.Point> pointOf(ChartEntity entity) {
        if (table == null) {
            return Optional.empty();
        }
        if (entity instanceof CategoryItemEntity bar && table.shape() == SweepTable.Shape.LAYERS) {
            return table.pointOfLayer(String.valueOf(bar.getColumnKey()));
        }
        if (!(entity instanceof XYItemEntity item)) {
            return Optional.empty();
        }
        XYDataset data = item.getDataset();
        double x = data.getXValue(item.getSeriesIndex(), item.getItem());
        return switch (table.shape()) {
            case HEATMAP -> table.grid(time.get()).pointAt((int) Math.round(x),
                    (int) Math.round(data.getYValue(item.getSeriesIndex(), item.getItem())))
                    .flatMap(table::point);
            case CURVES -> table.pointWithValue(x);
            case POINTS -> table.pointLabelled(String.valueOf(data.getSeriesKey(item.getSeriesIndex())));
            case LAYERS -> Optional.empty();
        };
    }

    /** A hover read-out: the point under the mouse and its accuracy at the chosen time. */
    public String describe(ChartEntity entity) {
        return pointOf(entity).map(p -> {
            String reading = time.get() == null || !timeApplies.get() ? "" : p.at(time.get()).map(r -> String.format(Locale.ROOT,
                    ": %.2f %% at %s", 100 * r.mean(), Durations.format(r.t()))).orElse("");
            return "point " + p.index() + " (" + p.label() + ")" + reading + "; click for its curves";
        }).orElse(" ");
    }

    /** Shows the curves of the point behind a click; returns whether there was one. */
    public boolean click(ChartEntity entity) {
        Optional<SweepTable.Point> point = pointOf(entity);
        point.ifPresent(this::showPoint);
        return point.isPresent();
    }

    public void showPoint(SweepTable.Point point) {
        try {
            pointChart.set(SweepFigures.point(table, point));
            message.set("Point " + point.index() + ": " + point.label());
        } catch (IOException | RuntimeException e) {
            message.set("Could not read point " + point.index() + " (" + table.pointFolder(point) + "): "
                    + e.getMessage());
        }
    }

    private void redraw() {
        if (table == null || time.get() == null) {
            return;
        }
        try {
            chart.set(SweepFigures.figure(table, time.get()));
        } catch (RuntimeException e) {
            chart.set(null);
            message.set("Could not draw the sweep: " + e.getMessage());
        }
    }

    private static boolean isSweep(Path folder) {
        try {
            return "sweep".equals(RunRecords.readRun(folder).path("kind").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
