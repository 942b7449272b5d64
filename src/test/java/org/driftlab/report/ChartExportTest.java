package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartExportTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @TempDir
    Path folder;

    @Test
    void everyChartKindExportsToEveryFormat() throws Exception {
        List<PlottedChart> charts = SampleData.everyChartKind();
        List<String> names = SampleData.everyChartKindName();
        for (int i = 0; i < charts.size(); i++) {
            PlottedChart plotted = charts.get(i);
            String name = names.get(i);
            String axisLabel = axisLabel(plotted.chart());

            Path png = folder.resolve(name + ".png");
            ChartExport.write(plotted, png, ChartFormat.PNG, 400, 300, 2);
            byte[] pngBytes = Files.readAllBytes(png);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(pngBytes, 8), name);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(pngBytes));
            assertEquals(800, image.getWidth(), name);
            assertEquals(600, image.getHeight(), name);

            Path svg = folder.resolve(name + ".svg");
            ChartExport.write(plotted, svg, ChartFormat.SVG, 400, 300, 1);
            Document document = parseXml(svg);
            assertEquals("svg", document.getDocumentElement().getLocalName(), name);
            assertTrue(document.getDocumentElement().getTextContent().contains(axisLabel),
                    name + " SVG should contain the axis label " + axisLabel);

            Path pdf = folder.resolve(name + ".pdf");
            ChartExport.write(plotted, pdf, ChartFormat.PDF, 400, 300, 1);
            assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII), name);

            Path csv = folder.resolve(name + ".csv");
            ChartExport.write(plotted, csv, ChartFormat.CSV, 400, 300, 1);
            assertEquals(plotted.data().toCsv(), Files.readString(csv, StandardCharsets.UTF_8), name);
        }
        assertEquals(4 * charts.size(), fileNames().size());
        assertTrue(fileNames().stream().noneMatch(n -> n.endsWith(".tmp")), fileNames().toString());
    }

    @Test
    void aFractionalScaleRoundsThePixelSize() throws Exception {
        Path png = folder.resolve("scaled.png");
        ChartExport.write(SampleData.everyChartKind().get(0).chart(), png, ChartFormat.PNG, 301, 200, 1.5);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(452, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path csv = folder.resolve("nested").resolve("data.csv");
        ChartExport.writeCsv(new CsvTable(List.of("a"), List.of(List.of(1))), csv);
        ChartExport.writeCsv(new CsvTable(List.of("a", "b,c"), List.of(List.of(2, "say \"hi\""))), csv);
        assertEquals("a,\"b,c\"\n2,\"say \"\"hi\"\"\"\n", Files.readString(csv));
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertEquals(List.of("data.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFailedWriteLeavesNeitherTheTargetNorATemporaryFile() throws Exception {
        JFreeChart chart = SampleData.everyChartKind().get(0).chart();
        Path target = folder.resolve("chart.png");
        Files.createDirectory(target.resolveSibling("blocker"));
        Path blocked = folder.resolve("blocker");
        // A directory that is not empty cannot be replaced by a file, so the final move fails.
        Files.writeString(blocked.resolve("inside"), "x");
        assertThrows(IOException.class, () -> ChartExport.write(chart, blocked, ChartFormat.PNG, 100, 100, 1));
        assertEquals(List.of("blocker"), fileNames());
    }

    @Test
    void csvIsNotAPictureFormat() {
        JFreeChart chart = SampleData.everyChartKind().get(0).chart();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.write(chart, folder.resolve("x.csv"), ChartFormat.CSV, 100, 100, 1));
        assertTrue(e.getMessage().contains("writeCsv"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChartExport.write(chart, folder.resolve("x.png"), ChartFormat.PNG, 0, 100, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ChartExport.write(chart, folder.resolve("x.png"), ChartFormat.PNG, 100, 100, 0));
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The label of the horizontal axis: SVGGraphics2D writes rotated text as outlines, not as text. */
    private static String axisLabel(JFreeChart chart) {
        if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot xy) {
            return xy.getDomainAxis().getLabel();
        }
        return chart.getCategoryPlot().getRangeAxis().getLabel();
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
