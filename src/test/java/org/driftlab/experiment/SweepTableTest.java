package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.report.HeatmapData;
import org.driftlab.report.LayerScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTableTest {
    @TempDir
    Path folder;

    @Test
    void aTwoKeySweepIsAHeatmapWithThePointBehindEachCell() throws Exception {
        Path sweep = RunFixtures.sweep(folder.resolve("grid"), List.of(0.0, 0.1, 0.2), List.of(0.0, 0.3));
        SweepTable table = SweepTable.read(sweep);
        assertEquals(SweepTable.Shape.HEATMAP, table.shape());
        assertEquals(RunFixtures.TIMES, table.times());
        SweepTable.Grid grid = table.grid(86400);
        HeatmapData data = grid.data();
        assertArrayEquals(new double[] {0, 0.1, 0.2}, data.xValues());
        assertArrayEquals(new double[] {0, 0.3}, data.yValues());
        assertEquals(RunFixtures.accuracy(0.2, 0.3, 86400), data.values()[1][2], 1e-12);
        assertEquals(RunFixtures.accuracy(0.1, 0.0, 86400), data.values()[0][1], 1e-12);
        SweepTable.Point corner = table.point(grid.pointAt(2, 1).orElseThrow()).orElseThrow();
        assertEquals(0.2, corner.values().get("forward.out_noise").asDouble());
        assertEquals(0.3, corner.values().get("forward.w_noise").asDouble());
        assertTrue(Files.isDirectory(table.pointFolder(corner)));
        assertTrue(grid.pointAt(3, 0).isEmpty(), "outside the grid");
        assertThrows(IllegalArgumentException.class, () -> table.grid(5));
    }

    @Test
    void aMissingCellIsEmptyAndHasNoPoint() throws Exception {
        Path sweep = RunFixtures.sweep(folder.resolve("holes"), List.of(0.0, 0.1), List.of(0.0, 0.3));
        Path point = sweep.resolve("points/0003/run.json");
        Files.writeString(point, Files.readString(point).replace("\"completed\"", "\"running\""));
        SweepResults.write(sweep);
        SweepTable.Grid grid = SweepTable.read(sweep).grid(1);
        assertTrue(Double.isNaN(grid.data().values()[1][1]));
        assertTrue(grid.pointAt(1, 1).isEmpty());
        assertEquals(2, grid.pointAt(0, 1).orElseThrow());
    }

    @Test
    void aOneKeySweepIsCurvesAndAValueFindsItsPoint() throws Exception {
        SweepTable table = SweepTable.read(RunFixtures.sweep(folder.resolve("line"), List.of(0.2, 0.0, 0.1),
                List.of()));
        assertEquals(SweepTable.Shape.CURVES, table.shape());
        assertArrayEquals(new double[] {0, 0.1, 0.2}, table.sweep1d().values(), "sorted by value");
        assertEquals(0, table.pointWithValue(0.2).orElseThrow().index());
        assertTrue(table.pointWithValue(0.7).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> table.grid(1));
    }

    @Test
    void aLayerScanScoresEachLayerAndFindsItsPoint() throws Exception {
        SweepTable table = SweepTable.read(RunFixtures.layerScan(folder.resolve("layers"),
                List.of("features.0", "features.3.squeeze", "classifier.1")));
        assertEquals(SweepTable.Shape.LAYERS, table.shape());
        List<LayerScore> scores = table.layerScores(86400);
        assertEquals(List.of("features.0", "features.3.squeeze", "classifier.1"),
                scores.stream().map(LayerScore::layer).toList());
        assertEquals(RunFixtures.accuracy(0.02, 0, 86400), scores.get(2).accuracyMean(), 1e-12);
        assertEquals(0.92, table.digital(86400));
        assertEquals(1, table.pointOfLayer("features.3.squeeze").orElseThrow().index());
    }

    @Test
    void aFolderWithoutSweepResultsIsRejectedWithItsName() throws Exception {
        Path drift = RunFixtures.drift(folder.resolve("drift"), "d", 0, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepTable.read(drift));
        assertTrue(e.getMessage().contains("is not a sweep folder with results"), e.getMessage());
    }
}
