package org.driftlab.report;

import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A 2-D sweep as a heatmap: one cell per (x, y) pair of swept values on index axes labelled with the values, the
 * value written in each cell, viridis colours with a colour legend, and grey for missing cells.
 */
public final class SweepHeatmapChart {
    private SweepHeatmapChart() {
    }

    public static PlottedChart build(HeatmapData data, String title) {
        return build(data, title, null);
    }

    /** cellFormat writes the value in each cell (null: three significant digits). */
    public static PlottedChart build(HeatmapData data, String title, NumberFormat cellFormat) {
        int columns = data.xValues().length;
        int rowsCount = data.yValues().length;
        double[][] xyz = new double[3][columns * rowsCount];
        List<List<Object>> rows = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int cell = 0;
        for (int y = 0; y < rowsCount; y++) {
            for (int x = 0; x < columns; x++) {
                double value = data.values()[y][x];
                xyz[0][cell] = x;
                xyz[1][cell] = y;
                xyz[2][cell] = value;
                cell++;
                Double shown = Double.isNaN(value) ? null : value;
                rows.add(Arrays.<Object>asList(data.xValues()[x], data.yValues()[y], shown));
                if (!Double.isNaN(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        ViridisPaintScale scale = scale(min, max);
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(data.valueLabel(), xyz);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, indexAxis(data.xKey(), data.xValues()), indexAxis(data.yKey(),
                data.yValues()), renderer);
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        annotateCells(plot, data, scale, cellFormat);

        PlottedChart plotted = new PlottedChart(ChartStyle.chart(title, plot, false),
                new CsvTable(List.of(data.xKey(), data.yKey(), data.valueLabel()), rows));
        plotted.chart().addSubtitle(colourLegend(scale, data.valueLabel()));
        return plotted;
    }

    private static ViridisPaintScale scale(double min, double max) {
        if (min > max) {
            return new ViridisPaintScale(0, 1);
        }
        if (min == max) {
            double pad = min == 0 ? 0.5 : Math.abs(min) * 0.01;
            return new ViridisPaintScale(min - pad, max + pad);
        }
        return new ViridisPaintScale(min, max);
    }

    private static SymbolAxis indexAxis(String key, double[] values) {
        String[] labels = Arrays.stream(values).mapToObj(ValueLabels::compact).toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis(key, labels);
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.5, values.length - 0.5);
        return axis;
    }

    private static void annotateCells(XYPlot plot, HeatmapData data, ViridisPaintScale scale,
                                      NumberFormat cellFormat) {
        for (int y = 0; y < data.yValues().length; y++) {
            for (int x = 0; x < data.xValues().length; x++) {
                double value = data.values()[y][x];
                if (Double.isNaN(value)) {
                    continue;
                }
                String text = cellFormat == null ? ValueLabels.compact(value) : cellFormat.format(value);
                XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
                annotation.setFont(ChartStyle.CELL_FONT);
                annotation.setPaint(readableOn(scale.getPaint(value)));
                plot.addAnnotation(annotation, false);
            }
        }
    }

    private static Color readableOn(Paint background) {
        Color colour = (Color) Objects.requireNonNull(background);
        double luminance = 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

    private static PaintScaleLegend colourLegend(ViridisPaintScale scale, String valueLabel) {
        NumberAxis axis = new SpacedNumberAxis(valueLabel);
        ChartStyle.style(axis);
        axis.setAutoRangeIncludesZero(false);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(128);
        legend.setStripOutlineVisible(false);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(new RectangleInsets(8, 8, 30, 4));
        return legend;
    }
}
