package org.driftlab.experiment;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.driftlab.analog.Rng;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.ImageDataset;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;

/**
 * A network programmed once, to be read at any drift time on demand: {@link #at} drifts the programmed devices to
 * t, takes the layer histograms and scores a small evaluation subset. The same (seed, t) gives the same frame, in
 * any order of calls. Not thread-safe: call it from one thread (the compute thread).
 */
public final class DriftScrubber implements AutoCloseable {
    private final NDManager manager;
    private final Network digital;
    private final Network analog;
    private final EvaluationSet set;
    private final RpuConfig config;
    private final Score digitalScore;
    private final long seed;
    private double driftedTo = Double.NaN;

    /** What the network looks like at one time. */
    public record Frame(double t, LayerHistograms.Snapshot histograms, Score score, double seconds) {
    }

    /**
     * @param images the first N images of the split to score at every time
     */
    public record Spec(Path checkpoint, DatasetSource data, String split, int images, RpuConfig config, long seed,
                       Set<String> digitalLayers) {
        public Spec {
            digitalLayers = Set.copyOf(digitalLayers);
            if (images < 1) {
                throw new IllegalArgumentException("the scrubber needs at least 1 image, got " + images);
            }
        }
    }

    private DriftScrubber(NDManager manager, Network digital, Network analog, EvaluationSet set, RpuConfig config,
                          Score digitalScore, long seed) {
        this.manager = manager;
        this.digital = digital;
        this.analog = analog;
        this.set = set;
        this.config = config;
        this.digitalScore = digitalScore;
        this.seed = seed;
    }

    /** Loads the network and the images, converts it to analog and programs it once. */
    public static DriftScrubber prepare(Spec spec, ComputeDevice device, JobListener listener,
                                        Cancellation cancellation) throws IOException {
        NDManager manager = NDManager.newBaseManager(device.device());
        Network digital = null;
        EvaluationSet set = null;
        try {
            listener.progress(new JobProgress("loading", 0, 3, java.util.Map.of()));
            LoadedCheckpoint checkpoint = CheckpointFiles.load(spec.checkpoint(), manager, spec.config());
            digital = checkpoint.network();
            ImageDataset dataset = spec.data().open(spec.split());
            set = EvaluationSet.load(dataset, spec.data().evaluationPipeline(digital.spec().inputSize()),
                    device.evaluationBatch(digital.spec().inputSize()), spec.images(), manager, cancellation);
            listener.progress(new JobProgress("scoring digitally", 1, 3, java.util.Map.of()));
            Score digitalScore = Evaluator.score(digital, set, cancellation);
            listener.progress(new JobProgress("programming", 2, 3, java.util.Map.of()));
            Rng rng = new Rng(spec.seed());
            Network analog = AnalogConversion.convert(digital, spec.config(), spec.digitalLayers(), manager,
                    rng.split());
            analog.restoreInputRanges(checkpoint.checkpoint().inputRanges());
            analog.programAll(rng.split());
            listener.progress(new JobProgress("programming", 3, 3, java.util.Map.of()));
            return new DriftScrubber(manager, digital, analog, set, spec.config(), digitalScore, spec.seed());
        } catch (IOException | RuntimeException | Error e) {
            if (set != null) {
                set.close();
            }
            if (digital != null) {
                digital.close();
            }
            manager.close();
            throw e;
        }
    }

    public Score digital() {
        return digitalScore;
    }

    public int images() {
        return set.size();
    }

    /** Drifts the programmed network to t seconds after programming and reads it there. */
    public Frame at(double t) {
        long start = System.nanoTime();
        LayerHistograms.Snapshot histograms = driftTo(t);
        Score score = score();
        return new Frame(t, histograms, score, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The first half of {@link #at}: drifts to t and returns the histograms, so that a caller can show them before
     * it scores (or skip the scoring when a newer time is wanted already).
     */
    public LayerHistograms.Snapshot driftTo(double t) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("a drift time must be >= 0 s, got " + t);
        }
        Rng rng = new Rng(seed ^ Double.doubleToLongBits(t) * 0x9E3779B97F4A7C15L);
        analog.setRng(rng.split());
        analog.driftAll(t, rng.split());
        driftedTo = t;
        return LayerHistograms.of(analog, t, config.noiseModel().gMax());
    }

    /** The score on the evaluation subset at the time of the last {@link #driftTo}. */
    public Score score() {
        if (Double.isNaN(driftedTo)) {
            throw new IllegalStateException("drift to a time first (driftTo or at)");
        }
        return Evaluator.score(analog, set, new Cancellation());
    }

    /** The time of the last drift, NaN before the first. */
    public double driftedTo() {
        return driftedTo;
    }

    @Override
    public void close() {
        analog.close();
        digital.close();
        set.close();
        manager.close();
    }
}
