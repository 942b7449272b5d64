package org.driftlab.experiment;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.report.Histogram;
import org.driftlab.report.HistogramSnapshot;
import org.driftlab.model.AnalogLayerView;
import org.driftlab.model.Network;

/**
 * Per-layer histograms of a drifted network on fixed bin edges per layer (so that times compare): the drifted G+
 * and G- conductances (µS; for a single-device model only G), the target weights and the effective drifted
 * weights (drifted × compensation factor), both in tile units. Values outside the edges count in the end bins.
 */
public final class LayerHistograms {
    public static final int BINS = 60;

    /** One quantity of one layer. */
    public record Quantity(String name, double[] edges, long[] counts, double mean, double std, double min,
                           double max) {
    }

    public record Layer(String layer, List<Quantity> quantities) {
    }

    /** All layers at one time. */
    public record Snapshot(double t, List<Layer> layers) {
        public List<String> layerNames() {
            return layers.stream().map(Layer::layer).toList();
        }

        /** One layer's histograms at this time, for the report charts. */
        public HistogramSnapshot of(String layer) {
            Layer match = layers.stream().filter(l -> l.layer().equals(layer)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("layer '" + layer + "' is not in the snapshot; "
                            + "layers: " + String.join(", ", layerNames())));
            return new HistogramSnapshot(t, match.quantities().stream()
                    .map(q -> new Histogram(q.name(), q.edges(), q.counts())).toList());
        }
    }

    private LayerHistograms() {
    }

    /**
     * @param gMax the device range, which sets the conductance edges [0, 1.25 g_max]
     */
    public static Snapshot of(Network network, double t, double gMax) {
        List<Layer> layers = new ArrayList<>();
        for (AnalogLayerView view : network.analogLayers()) {
            if (!view.analog() || view.tiles().isEmpty() || view.tiles().get(0).driftedConductances() == null) {
                continue;
            }
            List<float[]> plus = new ArrayList<>();
            List<float[]> minus = new ArrayList<>();
            List<float[]> target = new ArrayList<>();
            List<float[]> drifted = new ArrayList<>();
            for (AnalogLayerView.TileView tile : view.tiles()) {
                List<NDArray> slices = tile.driftedConductances();
                for (int i = 0; i < slices.size(); i++) {
                    (i % 2 == 0 ? plus : minus).add(slices.get(i).toFloatArray());
                }
                target.add(tile.targetWeights().toFloatArray());
                NDArray alpha = tile.alpha().getShape().dimension() == 0 ? tile.alpha() : tile.alpha().reshape(-1, 1);
                try (NDArray effective = tile.driftedWeights().mul(alpha)) {
                    drifted.add(effective.toFloatArray());
                }
            }
            double weightEdge = 1.25 * Math.max(absMax(target), 1e-12);
            double conductanceEdge = 1.25 * gMax;
            List<Quantity> quantities = new ArrayList<>();
            quantities.add(histogram(minus.isEmpty() ? "G (µS)" : "G+ (µS)", plus, 0, conductanceEdge));
            if (!minus.isEmpty()) {
                quantities.add(histogram("G- (µS)", minus, 0, conductanceEdge));
            }
            quantities.add(histogram("target weight", target, -weightEdge, weightEdge));
            quantities.add(histogram("drifted weight", drifted, -weightEdge, weightEdge));
            layers.add(new Layer(view.name(), quantities));
        }
        return new Snapshot(t, layers);
    }

    static Quantity histogram(String name, List<float[]> parts, double low, double high) {
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = low + (high - low) * i / BINS;
        }
        long[] counts = new long[BINS];
        double sum = 0;
        double squares = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long n = 0;
        double width = (high - low) / BINS;
        for (float[] part : parts) {
            for (float value : part) {
                int bin = (int) Math.floor((value - low) / width);
                counts[Math.max(0, Math.min(BINS - 1, bin))]++;
                sum += value;
                squares += (double) value * value;
                min = Math.min(min, value);
                max = Math.max(max, value);
                n++;
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double std = n < 2 ? 0 : Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
        return new Quantity(name, edges, counts, mean, std, n == 0 ? 0 : min, n == 0 ? 0 : max);
    }

    private static double absMax(List<float[]> parts) {
        double max = 0;
        for (float[] part : parts) {
            for (float value : part) {
                max = Math.max(max, Math.abs(value));
            }
        }
        return max;
    }
}
