package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift, sweep, merge, runs and plot through the command line, on a tiny model. */
class RunCommandsTest {
    @TempDir
    static Path folder;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DriftlabCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void driftAndSweepATinyModel() throws Exception {
        Run train = run("train", "--epochs", "1", "--limit", "200", "--input-size", "17", "--lr", "0.01",
                "--out", folder.resolve("tiny.ckpt").toString());
        assertEquals(0, train.code(), train.err());
        Files.writeString(folder.resolve("drift.yaml"), "name: tiny\ncheckpoint: tiny.ckpt\nlimit: 32\n"
                + "times: [1s, 1h, 1y]\nrepetitions: 2\ncompare_uncompensated: true\n");
        Run drift = run("drift", folder.resolve("drift.yaml").toString(), "--out", folder.resolve("run").toString());
        assertEquals(0, drift.code(), drift.err());
        Run other = run("drift", folder.resolve("drift.yaml").toString(), "--seed", "9", "--reps", "1",
                "--out", folder.resolve("run2").toString());
        assertEquals(0, other.code(), other.err());
        Files.writeString(folder.resolve("sweep.yaml"), "name: tiny-sweep\ncheckpoint: tiny.ckpt\nlimit: 16\n"
                + "times: [1d]\nrepetitions: 1\nhistograms: false\nsweep:\n  axes:\n"
                + "    - key: forward.out_noise\n      values: [0, 0.1]\n");
    }

    @Test
    void everyPlotKindExportsToEveryFormat() throws Exception {
        Path run = folder.resolve("run");
        for (String format : new String[] {"png", "svg", "pdf", "csv"}) {
            Path file = folder.resolve("acc." + format);
            Run plot = run("plot", run.toString(), "--format", format, "--output", file.toString());
            assertEquals(0, plot.code(), plot.err());
            assertTrue(Files.size(file) > 100, file.toString());
            Path histograms = folder.resolve("hist." + format);
            Run ridge = run("plot", run.toString(), "--kind", "histograms", "--format", format, "--output",
                    histograms.toString());
            assertEquals(0, ridge.code(), ridge.err());
        }
        assertTrue(Files.readString(folder.resolve("acc.csv")).contains("tiny (no compensation)"));
        Run overlay = run("plot", run.toString(), folder.resolve("run2").toString(), "--output",
                folder.resolve("both.png").toString());
        assertEquals(0, overlay.code(), overlay.err());
        Run badKind = run("plot", run.toString(), "--kind", "pie");
        assertEquals(2, badKind.code());
        assertTrue(badKind.err().contains("allowed: accuracy-vs-time, histograms, sweep, layer-sensitivity"));
        Run badFormat = run("plot", run.toString(), "--format", "gif");
        assertEquals(2, badFormat.code());
    }

    @Test
    void shardedSweepMergesAndPlots() throws Exception {
        String sweep = folder.resolve("sweep.yaml").toString();
        assertEquals(0, run("sweep", sweep, "--out", folder.resolve("s1").toString(), "--shard", "1/2").code());
        assertEquals(0, run("sweep", sweep, "--out", folder.resolve("s2").toString(), "--shard", "2/2").code());
        Run merge = run("merge", folder.resolve("s1").toString(), folder.resolve("s2").toString(), "--out",
                folder.resolve("merged").toString());
        assertEquals(0, merge.code(), merge.err());
        assertTrue(merge.out().contains("\"points\":2"), merge.out());
        for (String format : new String[] {"png", "svg", "pdf", "csv"}) {
            Run plot = run("plot", folder.resolve("merged").toString(), "--kind", "sweep", "--format", format);
            assertEquals(0, plot.code(), plot.err());
        }
        assertEquals(2, run("sweep", sweep, "--shard", "3/2", "--out", folder.resolve("x").toString()).code());
    }

    @Test
    void layerSensitivityScanPlotsOneBarPerLayer() throws Exception {
        Files.writeString(folder.resolve("layers.yaml"), "name: layers\ncheckpoint: tiny.ckpt\nlimit: 8\n"
                + "times: [1d]\nrepetitions: 1\nhistograms: false\nsweep:\n  layer_sensitivity: true\n");
        Path scan = folder.resolve("layers");
        Run sweep = run("sweep", folder.resolve("layers.yaml").toString(), "--out", scan.toString());
        assertEquals(0, sweep.code(), sweep.err());
        assertTrue(sweep.out().contains("\"points_run\":26"), sweep.out());
        for (String format : new String[] {"png", "svg", "pdf", "csv"}) {
            Run plot = run("plot", scan.toString(), "--kind", "layer-sensitivity", "--format", format);
            assertEquals(0, plot.code(), plot.err());
        }
        assertTrue(Files.readString(scan.resolve("layer-sensitivity.csv")).contains("features.3.expand3x3"));
    }

    @Test
    void runsAreListedShownAndCompared() {
        Run show = run("runs", "show", folder.resolve("run").toString());
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("accuracy_mean"), show.out());
        Run compare = run("runs", "compare", folder.resolve("run").toString(), folder.resolve("run2").toString());
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.out().contains("seed:"), compare.out());
        assertTrue(compare.out().contains("repetitions:"), compare.out());
        assertTrue(!compare.out().contains("config."), "the configurations are the same: " + compare.out());
        Run list = run("runs", "list", "--root", folder.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("run2"), list.out());
        Run notARun = run("runs", "show", folder.toString());
        assertEquals(2, notARun.code());
    }

    @Test
    void aSweepThatCannotRunSaysWhyAndLeavesNoFolder() {
        Path never = folder.resolve("never");
        Run noSweep = run("sweep", folder.resolve("drift.yaml").toString(), "--out", never.toString());
        assertEquals(2, noSweep.code());
        assertTrue(noSweep.err().contains("drift.yaml has no sweep section"), noSweep.err());
        Run badShard = run("sweep", folder.resolve("sweep.yaml").toString(), "--shard", "3/2", "--out",
                never.toString());
        assertEquals(2, badShard.code());
        assertTrue(badShard.err().contains("--shard I/N needs 1 <= I <= N, got 3/2"), badShard.err());
        Run badLimit = run("drift", folder.resolve("drift.yaml").toString(), "--limit", "-1", "--out",
                never.toString());
        assertEquals(2, badLimit.code());
        assertTrue(badLimit.err().contains("--limit must be >= 0 (0: all images), got -1"), badLimit.err());
        assertTrue(Files.notExists(never), "no run folder for a run that never started");
    }
}
