package org.driftlab.app.histograms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.run.RunFiles;

/** Histogram snapshots whose G+ shrinks with time, and a run folder that recorded them. */
final class HistogramFixtures {
    static final double[] TIMES = {1, 3600, 86400};

    private HistogramFixtures() {
    }

    static LayerHistograms.Quantity quantity(String name, double low, double high, int peakBin) {
        int bins = 4;
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = low + (high - low) * i / bins;
        }
        long[] counts = new long[bins];
        counts[peakBin] = 10;
        double mean = (edges[peakBin] + edges[peakBin + 1]) / 2;
        return new LayerHistograms.Quantity(name, edges, counts, mean, 0, edges[peakBin], edges[peakBin + 1]);
    }

    /** At time index k the G+ peak sits in bin 3 - k: conductances drift down. */
    static LayerHistograms.Snapshot snapshot(int k) {
        List<LayerHistograms.Layer> layers = new ArrayList<>();
        for (String layer : List.of("features.0", "classifier.1")) {
            layers.add(new LayerHistograms.Layer(layer, List.of(
                    quantity("G+ (µS)", 0, 31.25, 3 - k),
                    quantity("G- (µS)", 0, 31.25, 1),
                    quantity("target weight", -1, 1, 2),
                    quantity("drifted weight", -1, 1, 2))));
        }
        return new LayerHistograms.Snapshot(TIMES[k], layers);
    }

    static List<LayerHistograms.Snapshot> snapshots() {
        return List.of(snapshot(0), snapshot(1), snapshot(2));
    }

    /** A run folder with run.json and the three snapshots, written as DriftJob writes them. */
    static Path recordedRun(Path parent) throws IOException {
        Path run = parent.resolve("run-with-histograms");
        Files.createDirectories(run.resolve(RunFiles.HISTOGRAMS));
        Files.writeString(run.resolve(RunFiles.RUN), "{\"status\": \"completed\"}");
        ObjectMapper json = new ObjectMapper();
        for (LayerHistograms.Snapshot snapshot : snapshots()) {
            json.writeValue(run.resolve(RunFiles.HISTOGRAMS).resolve("t-" + (long) snapshot.t() + ".json").toFile(),
                    snapshot);
        }
        return run;
    }
}
