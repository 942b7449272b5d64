package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.driftlab.experiment.run.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFiguresTest {
    @TempDir
    Path folder;

    private static final List<String> EXTENSIONS = List.of("png", "svg", "pdf", "csv");

    @Test
    void aDriftRunGivesItsCurvesAndARidgelinePerLayerAndQuantityInEveryFormat() throws Exception {
        Path run = RunFixtures.drift(folder.resolve("run"), "small", 0.02, true);
        Path out = folder.resolve("figures");
        List<Path> written = RunFigures.exportAll(run, out, JobListener.NONE, new Cancellation());
        Set<String> expected = new TreeSet<>();
        for (String name : List.of("accuracy-vs-time", "histograms/features.0-gplus", "histograms/features.0-gminus",
                "histograms/features.0-drifted-weight")) {
            EXTENSIONS.forEach(ext -> expected.add(name + "." + ext));
        }
        assertEquals(expected, names(out, written));
        assertFormats(out.resolve("accuracy-vs-time"));
        assertTrue(Files.readString(out.resolve("accuracy-vs-time.csv")).contains("small"));
    }

    @Test
    void aGridSweepGivesAHeatmapPerTimeAndThePointsOverTime() throws Exception {
        Path run = RunFixtures.sweep(folder.resolve("sweep"), List.of(0.0, 0.1), List.of(0.0, 0.2));
        Path out = folder.resolve("figures");
        List<Path> written = RunFigures.exportAll(run, out, JobListener.NONE, new Cancellation());
        Set<String> expected = new TreeSet<>();
        for (String name : List.of("sweep-1s", "sweep-1d", "accuracy-vs-time")) {
            EXTENSIONS.forEach(ext -> expected.add(name + "." + ext));
        }
        assertEquals(expected, names(out, written));
        assertFormats(out.resolve("sweep-1d"));
        assertTrue(Files.readString(out.resolve("sweep-1d.csv")).startsWith("forward.out_noise,forward.w_noise"));
    }

    @Test
    void aLayerScanGivesItsBarsPerTime() throws Exception {
        Path run = RunFixtures.layerScan(folder.resolve("scan"), List.of("features.0", "classifier.1"));
        List<String> names = RunFigures.of(run).stream().map(RunFigures.Figure::name).toList();
        assertEquals(List.of("layer-sensitivity-1s", "layer-sensitivity-1d", "accuracy-vs-time"), names);
    }

    @Test
    void aRunWithoutResultsSaysSo() throws Exception {
        Path run = folder.resolve("empty");
        new RunWriter(run, RunWriter.JSON.createObjectNode().put("kind", "drift"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunFigures.of(run));
        assertTrue(e.getMessage().contains("has no results to draw yet"), e.getMessage());
    }

    private static Set<String> names(Path out, List<Path> written) {
        Set<String> names = new TreeSet<>();
        written.forEach(file -> {
            assertTrue(Files.isRegularFile(file), file.toString());
            names.add(out.relativize(file).toString().replace('\\', '/'));
        });
        return names;
    }

    private static void assertFormats(Path base) throws Exception {
        byte[] png = Files.readAllBytes(Path.of(base + ".png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        assertTrue(Files.readString(Path.of(base + ".svg")).contains("<svg"));
        assertEquals("%PDF", new String(Files.readAllBytes(Path.of(base + ".pdf")), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(Files.readAllLines(Path.of(base + ".csv")).size() > 1);
    }
}
