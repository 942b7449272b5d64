package org.driftlab.report;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/** A chart and the exact data it plots, for CSV download next to the picture. */
public record PlottedChart(JFreeChart chart, CsvTable data) {
    public PlottedChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
    }
}
