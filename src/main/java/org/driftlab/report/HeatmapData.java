package org.driftlab.report;

import java.util.Objects;

/** A 2-D sweep result: values[y][x] at (xValues[x], yValues[y]); NaN marks a missing cell. */
public record HeatmapData(String xKey, String yKey, double[] xValues, double[] yValues, double[][] values,
                          String valueLabel) {
    public HeatmapData {
        Objects.requireNonNull(xKey, "xKey");
        Objects.requireNonNull(yKey, "yKey");
        Objects.requireNonNull(valueLabel, "valueLabel");
        xValues = xValues.clone();
        yValues = yValues.clone();
        if (xValues.length == 0 || yValues.length == 0) {
            throw new IllegalArgumentException("a heatmap needs at least one value of " + xKey + " and of " + yKey);
        }
        if (values.length != yValues.length) {
            throw new IllegalArgumentException("values has " + values.length + " rows but " + yKey + " has "
                    + yValues.length + " values");
        }
        double[][] copy = new double[values.length][];
        for (int y = 0; y < values.length; y++) {
            if (values[y].length != xValues.length) {
                throw new IllegalArgumentException("values row " + y + " has " + values[y].length
                        + " cells but " + xKey + " has " + xValues.length + " values");
            }
            copy[y] = values[y].clone();
        }
        values = copy;
    }
}
