package org.driftlab.app.chart;

import org.driftlab.report.ChartFormat;

/** How a chart is exported: format, size in px (points for PDF) and the PNG pixel scale. */
public record ExportSettings(ChartFormat format, int width, int height, double scale) {
    public static final int MIN_SIZE = 100;
    public static final int MAX_SIZE = 10_000;

    public ExportSettings {
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("width and height are " + MIN_SIZE + " to " + MAX_SIZE + " px; got "
                    + width + " × " + height);
        }
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("the PNG scale is 0.5 to 8; got " + scale);
        }
    }

    public static ExportSettings defaults(ChartFormat format) {
        return new ExportSettings(format, 900, 560, format == ChartFormat.PNG ? 2 : 1);
    }
}
