package org.driftlab.experiment;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.driftlab.analog.Rng;
import org.driftlab.config.Durations;
import org.driftlab.model.AnalogConversion;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.LoadedCheckpoint;
import org.driftlab.model.Network;

/**
 * Programmes a trained network onto analog tiles once per repetition, drifts it through the times and scores it
 * at each, beside its digital score.
 */
public final class DriftEvaluation {
    private final DriftEvalSpec spec;
    private final ComputeDevice device;
    private final DriftListener listener;
    private final Cancellation cancellation;
    private final Options options;

    /**
     * @param histograms          layer histograms at every time of the first repetition
     * @param compareUncompensated also score every time with the compensation factor ignored
     */
    public record Options(boolean histograms, boolean compareUncompensated) {
        public static final Options PLAIN = new Options(false, false);
    }

    public DriftEvaluation(DriftEvalSpec spec, ComputeDevice device, JobListener listener, Cancellation cancellation) {
        this(spec, device, DriftListener.of(listener), cancellation, Options.PLAIN);
    }

    public DriftEvaluation(DriftEvalSpec spec, ComputeDevice device, DriftListener listener, Cancellation cancellation,
                           Options options) {
        this.spec = spec;
        this.device = device;
        this.listener = listener;
        this.cancellation = cancellation;
        this.options = options;
    }

    /**
     * Scores at one time over the repetitions, with each repetition's accuracy in programming order. Precision,
     * recall and F1 are there for two-class tasks only.
     */
    public record TimePoint(double t, Statistics accuracy, Statistics loss, Statistics precision, Statistics recall,
                            Statistics f1, List<Double> accuracyPerRepetition) {
        public TimePoint {
            accuracyPerRepetition = List.copyOf(accuracyPerRepetition);
        }
    }

    /**
     * @param uncompensated the same points with the compensation factor ignored, or null when not asked for
     * @param complete      false when the run was cancelled: the statistics cover the repetitions finished
     * @param programSeconds mean wall time of one programming of the whole network
     * @param driftSeconds   mean wall time of one drift of the whole network
     * @param evalSeconds    mean wall time of one evaluation pass over the images
     */
    public record Result(Score digital, List<TimePoint> points, List<TimePoint> uncompensated, int images,
                         String datasetFingerprint, boolean complete, double programSeconds, double driftSeconds,
                         double evalSeconds) {
    }

    public Result run() throws IOException {
        Rng rng = new Rng(spec.seed());
        try (NDManager manager = NDManager.newBaseManager(device.device())) {
            LoadedCheckpoint checkpoint = CheckpointFiles.load(spec.checkpoint(), manager, spec.config());
            if (spec.config() != null) {
                ConfigDifferenceNotes.forEvaluation(checkpoint.configDifferences(), spec.config())
                        .forEach(listener::message);
            }
            org.driftlab.data.ImageDataset dataset = spec.data().open(spec.split());
            try (Network digital = checkpoint.network();
                 EvaluationSet set = EvaluationSet.load(dataset,
                         spec.data().evaluationPipeline(digital.spec().inputSize()),
                         device.evaluationBatch(digital.spec().inputSize()),
                         spec.limit(), manager, cancellation)) {
                if (!set.skipped().isEmpty()) {
                    listener.message(set.skipped().size() + " unreadable images were skipped");
                }
                Score digitalScore = Evaluator.score(digital, set, cancellation);
                listener.digital(digitalScore);
                try (Network analog = AnalogConversion.convert(digital, spec.config(), spec.digitalLayers(), manager,
                        rng.split())) {
                    InputRangeNotes.restore(analog, checkpoint.checkpoint().inputRanges()).ifPresent(listener::message);
                    return evaluate(analog, set, digitalScore, dataset.fingerprint(), rng);
                }
            }
        }
    }

    private Result evaluate(Network analog, EvaluationSet set, Score digitalScore, String fingerprint, Rng rng) {
        int timeCount = spec.times().size();
        Samples compensated = new Samples(timeCount, spec.repetitions());
        Samples plain = options.compareUncompensated() ? new Samples(timeCount, spec.repetitions()) : null;
        long programNanos = 0;
        long driftNanos = 0;
        long evalNanos = 0;
        int programmings = 0;
        int drifts = 0;
        int passes = 0;
        long total = (long) timeCount * spec.repetitions();
        long done = 0;
        boolean complete = true;
        try {
            for (int rep = 0; rep < spec.repetitions(); rep++) {
                Rng repetition = rng.split();
                analog.setRng(repetition.split());
                long start = System.nanoTime();
                analog.programAll(repetition);
                programNanos += System.nanoTime() - start;
                programmings++;
                for (int k = 0; k < timeCount; k++) {
                    cancellation.throwIfCancelled();
                    double t = spec.times().get(k);
                    start = System.nanoTime();
                    analog.driftAll(t, repetition);
                    long drifted = System.nanoTime();
                    driftNanos += drifted - start;
                    drifts++;
                    Score score = Evaluator.score(analog, set, cancellation);
                    evalNanos += System.nanoTime() - drifted;
                    passes++;
                    compensated.add(k, rep, score);
                    listener.point(compensated.point(k, t), true);
                    if (plain != null) {
                        analog.setCompensationApplied(false);
                        try {
                            plain.add(k, rep, Evaluator.score(analog, set, cancellation));
                        } finally {
                            analog.setCompensationApplied(true);
                        }
                        listener.point(plain.point(k, t), false);
                    }
                    if (rep == 0 && options.histograms()) {
                        listener.histograms(LayerHistograms.of(analog, t, spec.config().noiseModel().gMax()));
                    }
                    done++;
                    listener.progress(new JobProgress("repetition " + (rep + 1) + "/" + spec.repetitions(), done,
                            total, Map.of("t_s", t, "accuracy", score.accuracy())));
                }
            }
        } catch (Cancellation.CancelledException e) {
            if (compensated.filled(0) == 0) {
                throw e;
            }
            complete = false;
            listener.message("cancelled: keeping the repetitions finished so far");
        }
        List<TimePoint> points = compensated.points(spec.times());
        for (TimePoint point : points) {
            listener.message(String.format(java.util.Locale.ROOT, "t = %s: accuracy %.4f ± %.4f (n = %d)",
                    Durations.format(point.t()), point.accuracy().mean(), point.accuracy().std(),
                    point.accuracy().n()));
        }
        return new Result(digitalScore, points, plain == null ? null : plain.points(spec.times()), set.size(),
                fingerprint, complete, programNanos / 1e9 / Math.max(1, programmings),
                driftNanos / 1e9 / Math.max(1, drifts), evalNanos / 1e9 / Math.max(1, passes));
    }

    /** Scores per time and repetition, and their statistics over the repetitions filled so far. */
    private static final class Samples {
        private final double[][] accuracy;
        private final double[][] loss;
        private final double[][] precision;
        private final double[][] recall;
        private final double[][] f1;
        private final int[] filled;

        Samples(int times, int repetitions) {
            accuracy = new double[times][repetitions];
            loss = new double[times][repetitions];
            precision = new double[times][repetitions];
            recall = new double[times][repetitions];
            f1 = new double[times][repetitions];
            filled = new int[times];
        }

        void add(int time, int repetition, Score score) {
            accuracy[time][repetition] = score.accuracy();
            loss[time][repetition] = score.loss();
            precision[time][repetition] = score.precision() == null ? Double.NaN : score.precision();
            recall[time][repetition] = score.recall() == null ? Double.NaN : score.recall();
            f1[time][repetition] = score.f1() == null ? Double.NaN : score.f1();
            filled[time] = repetition + 1;
        }

        int filled(int time) {
            return filled[time];
        }

        TimePoint point(int time, double t) {
            int n = filled[time];
            double[] accuracies = Arrays.copyOf(accuracy[time], n);
            return new TimePoint(t, Statistics.of(accuracies), Statistics.of(Arrays.copyOf(loss[time], n)),
                    optional(precision[time], n), optional(recall[time], n), optional(f1[time], n),
                    Arrays.stream(accuracies).boxed().toList());
        }

        /** Statistics of a two-class-only score, or null when the task has more classes. */
        private static Statistics optional(double[] values, int n) {
            return Double.isNaN(values[0]) ? null : Statistics.of(Arrays.copyOf(values, n));
        }

        List<TimePoint> points(List<Double> times) {
            List<TimePoint> points = new ArrayList<>();
            for (int k = 0; k < times.size() && filled[k] > 0; k++) {
                points.add(point(k, times.get(k)));
            }
            return points;
        }
    }
}
