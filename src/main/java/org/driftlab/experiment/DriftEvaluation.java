package org.driftlab.experiment;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
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
    private static final int BATCH = 256;

    private final DriftEvalSpec spec;
    private final ComputeDevice device;
    private final JobListener listener;
    private final Cancellation cancellation;

    public DriftEvaluation(DriftEvalSpec spec, ComputeDevice device, JobListener listener, Cancellation cancellation) {
        this.spec = spec;
        this.device = device;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** Scores at one time over the repetitions. F1 is there for two-class tasks only. */
    public record TimePoint(double t, Statistics accuracy, Statistics loss, Statistics f1) {
    }

    /**
     * @param programSeconds mean wall time of one programming of the whole network
     * @param driftSeconds   mean wall time of one drift of the whole network
     * @param evalSeconds    mean wall time of one evaluation pass over the images
     */
    public record Result(Score digital, List<TimePoint> points, int images, double programSeconds,
                         double driftSeconds, double evalSeconds) {
    }

    public Result run() throws IOException {
        Rng rng = new Rng(spec.seed());
        try (NDManager manager = NDManager.newBaseManager(device.device())) {
            LoadedCheckpoint checkpoint = CheckpointFiles.load(spec.checkpoint(), manager, spec.config());
            checkpoint.configDifferences().forEach(d -> listener.message("config " + d.keyPath()
                    + ": the checkpoint was trained with " + d.stored() + ", evaluating with " + d.given()));
            try (Network digital = checkpoint.network();
                 EvaluationSet set = EvaluationSet.load(spec.data().open(spec.split()),
                         spec.data().evaluationPipeline(digital.spec().inputSize()), BATCH, spec.limit(), manager,
                         cancellation)) {
                if (!set.skipped().isEmpty()) {
                    listener.message(set.skipped().size() + " unreadable images were skipped");
                }
                Score digitalScore = Evaluator.score(digital, set, cancellation);
                try (Network analog = AnalogConversion.convert(digital, spec.config(), spec.digitalLayers(), manager,
                        rng.split())) {
                    return evaluate(analog, set, digitalScore, rng);
                }
            }
        }
    }

    private Result evaluate(Network analog, EvaluationSet set, Score digitalScore, Rng rng) {
        int timeCount = spec.times().size();
        double[][] accuracy = new double[timeCount][spec.repetitions()];
        double[][] loss = new double[timeCount][spec.repetitions()];
        double[][] f1 = new double[timeCount][spec.repetitions()];
        long programNanos = 0;
        long driftNanos = 0;
        long evalNanos = 0;
        long total = (long) timeCount * spec.repetitions();
        long done = 0;
        for (int rep = 0; rep < spec.repetitions(); rep++) {
            Rng repetition = rng.split();
            analog.setRng(repetition.split());
            long start = System.nanoTime();
            analog.programAll(repetition);
            programNanos += System.nanoTime() - start;
            for (int k = 0; k < timeCount; k++) {
                cancellation.throwIfCancelled();
                start = System.nanoTime();
                analog.driftAll(spec.times().get(k), repetition);
                long drifted = System.nanoTime();
                driftNanos += drifted - start;
                Score score = Evaluator.score(analog, set, cancellation);
                evalNanos += System.nanoTime() - drifted;
                accuracy[k][rep] = score.accuracy();
                loss[k][rep] = score.loss();
                f1[k][rep] = score.f1() == null ? Double.NaN : score.f1();
                done++;
                listener.progress(new JobProgress("repetition " + (rep + 1) + "/" + spec.repetitions(), done, total,
                        Map.of("t_s", spec.times().get(k), "accuracy", score.accuracy())));
            }
        }
        List<TimePoint> points = new ArrayList<>();
        for (int k = 0; k < timeCount; k++) {
            Statistics f1Stats = Double.isNaN(f1[k][0]) ? null : Statistics.of(f1[k]);
            points.add(new TimePoint(spec.times().get(k), Statistics.of(accuracy[k]), Statistics.of(loss[k]), f1Stats));
            listener.message(String.format(java.util.Locale.ROOT, "t = %s: accuracy %.4f ± %.4f",
                    Durations.format(spec.times().get(k)), points.get(k).accuracy().mean(),
                    points.get(k).accuracy().std()));
        }
        int reps = spec.repetitions();
        return new Result(digitalScore, points, set.size(), programNanos / 1e9 / reps,
                driftNanos / 1e9 / total, evalNanos / 1e9 / total);
    }
}
