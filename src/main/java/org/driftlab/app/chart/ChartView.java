package org.driftlab.app.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.driftlab.report.ChartExport;
import org.driftlab.report.ChartFormat;
import org.driftlab.report.PlottedChart;
import org.driftlab.report.TimeAxisFormat;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.data.xy.XYDataset;

/**
 * A chart built by the report package, shown live, with a hover read-out and an Export menu (PNG, SVG, PDF with
 * size and resolution, or the plotted data as CSV). The same builders draw the CLI's files.
 */
public final class ChartView extends BorderPane {
    /** The style class the window's root carries in presentation mode. */
    public static final String PRESENTATION = "presentation";
    private final ChartViewer viewer = new ChartViewer(null);
    private final Label readout = new Label(" ");
    private final Label emptyMessage = new Label();
    private final MenuButton export = new MenuButton("Export");
    private final String baseName;
    private PlottedChart plotted;
    private Function<XYItemEntity, String> readoutText = ChartView::defaultReadout;
    private Path lastFolder;

    public ChartView(String baseName, String emptyText) {
        this.baseName = baseName;
        getStyleClass().add("chart-view");
        emptyMessage.setText(emptyText);
        emptyMessage.getStyleClass().add("empty-message");
        for (ChartFormat format : ChartFormat.values()) {
            MenuItem item = new MenuItem(format == ChartFormat.CSV ? "Data as CSV…" : format + "…");
            item.setId("export-" + format.extension());
            item.setOnAction(e -> exportInteractively(format));
            export.getItems().add(item);
        }
        export.setId(baseName + "-export");
        export.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, readout, spacer, export);
        bar.setPadding(new Insets(2, 4, 2, 4));
        readout.getStyleClass().add("readout");
        setBottom(bar);
        setCenter(emptyMessage);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                showReadout(event.getEntity());
            }
        });
    }

    /** Replaces the chart (null shows the empty text). Call on the FX thread. */
    public void show(PlottedChart chart) {
        plotted = chart;
        export.setDisable(chart == null);
        if (chart == null) {
            // ChartViewer refuses a null chart; the hidden viewer keeps the old one until the next.
            setCenter(emptyMessage);
        } else {
            viewer.setChart(inPresentation() ? PresentationStyle.styled(chart.chart()) : chart.chart());
            setCenter(viewer);
        }
    }

    /** Redraws the shown chart in the current display mode (after presentation mode is switched). */
    public void restyle() {
        show(plotted);
    }

    private boolean inPresentation() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains(PRESENTATION);
    }

    public PlottedChart plotted() {
        return plotted;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public void setEmptyText(String text) {
        emptyMessage.setText(text);
    }

    /** How a hovered data point is described (the default names the series, x and y). */
    public void setReadout(Function<XYItemEntity, String> text) {
        readoutText = text;
    }

    /** Writes the shown chart; the error, if any, is returned to the caller to show. */
    public void exportTo(Path file, ExportSettings settings) throws IOException {
        if (plotted == null) {
            throw new IllegalStateException("there is no chart to export yet");
        }
        ChartExport.write(plotted, file, settings.format(), settings.width(), settings.height(), settings.scale());
    }

    private void exportInteractively(ChartFormat format) {
        if (plotted == null) {
            return;
        }
        var owner = getScene() == null ? null : getScene().getWindow();
        ExportDialog.askSettings(owner, format).ifPresent(settings -> ExportDialog
                .askFile(owner, baseName, settings.format(), lastFolder == null ? null : lastFolder.toFile())
                .ifPresent(file -> {
                    try {
                        exportTo(file, settings);
                        lastFolder = file.toAbsolutePath().getParent();
                        readout.setText("exported " + file);
                    } catch (IOException | RuntimeException e) {
                        Alert alert = new Alert(Alert.AlertType.ERROR, "Could not export to " + file + ":\n"
                                + e.getMessage());
                        alert.initOwner(owner);
                        alert.show();
                    }
                }));
    }

    private void showReadout(ChartEntity entity) {
        if (entity instanceof XYItemEntity item) {
            readout.setText(readoutText.apply(item));
        } else {
            readout.setText(" ");
        }
    }

    private static String defaultReadout(XYItemEntity item) {
        XYDataset data = item.getDataset();
        double x = data.getXValue(item.getSeriesIndex(), item.getItem());
        double y = data.getYValue(item.getSeriesIndex(), item.getItem());
        return String.format(Locale.ROOT, "%s: x = %.4g, y = %.4g", data.getSeriesKey(item.getSeriesIndex()), x, y);
    }

    /** A read-out for time axes: the time as a duration, the value as a percentage. */
    public static String timeAccuracyReadout(XYItemEntity item) {
        XYDataset data = item.getDataset();
        double t = data.getXValue(item.getSeriesIndex(), item.getItem());
        double y = data.getYValue(item.getSeriesIndex(), item.getItem());
        return String.format(Locale.ROOT, "%s at %s: %.2f %%", data.getSeriesKey(item.getSeriesIndex()),
                TimeAxisFormat.label(t), 100 * y);
    }
}
