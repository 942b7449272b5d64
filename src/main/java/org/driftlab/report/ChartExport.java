package org.driftlab.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.driftlab.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/** Writes charts as PNG, SVG or PDF and their data as CSV; every file is replaced atomically. */
public final class ChartExport {
    private ChartExport() {
    }

    /**
     * Draws the chart at widthPx × heightPx. PNG gets (widthPx·scale) × (heightPx·scale) pixels with everything
     * scaled alike; SVG and PDF are vector files of widthPx × heightPx units (px, pt) and ignore the scale.
     */
    public static void write(JFreeChart chart, Path file, ChartFormat format, int widthPx, int heightPx, double scale)
            throws IOException {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("chart size must be positive; got " + widthPx + " × " + heightPx);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number; got " + scale);
        }
        switch (format) {
            case PNG -> writePng(chart, file, widthPx, heightPx, scale);
            case SVG -> writeSvg(chart, file, widthPx, heightPx);
            case PDF -> writePdf(chart, file, widthPx, heightPx);
            case CSV -> throw new IllegalArgumentException(
                    "CSV holds a chart's data, not its picture: export a PlottedChart or use writeCsv");
        }
    }

    /** As above, and CSV writes the chart's plotted data. */
    public static void write(PlottedChart plotted, Path file, ChartFormat format, int widthPx, int heightPx,
                             double scale) throws IOException {
        if (format == ChartFormat.CSV) {
            writeCsv(plotted.data(), file);
        } else {
            write(plotted.chart(), file, format, widthPx, heightPx, scale);
        }
    }

    public static void writeCsv(CsvTable table, Path file) throws IOException {
        byte[] bytes = table.toCsv().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void writePng(JFreeChart chart, Path file, int widthPx, int heightPx, double scale)
            throws IOException {
        int width = (int) Math.round(widthPx * scale);
        int height = (int) Math.round(heightPx * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(width / (double) widthPx, height / (double) heightPx);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        } finally {
            g2.dispose();
        }
        AtomicFiles.write(file, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
    }

    private static void writeSvg(JFreeChart chart, Path file, int widthPx, int heightPx) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(widthPx, heightPx);
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        byte[] bytes = g2.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void writePdf(JFreeChart chart, Path file, int widthPx, int heightPx) throws IOException {
        PDFDocument document = new PDFDocument();
        document.setTitle(chart.getTitle() == null ? "DriftLab chart" : chart.getTitle().getText());
        document.setAuthor("DriftLab");
        Page page = document.createPage(new Rectangle2D.Double(0, 0, widthPx, heightPx));
        PDFGraphics2D g2 = page.getGraphics2D();
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPx, heightPx));
        byte[] bytes = document.getPDFBytes();
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
