package org.driftlab.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.driftlab.config.Durations;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;

/**
 * A drift experiment recorded as a run: run.json (the experiment, the resolved configuration, the seed,
 * provenance, status), results.json and results.csv (a row per time, updated as points finish), a histogram
 * file per time and a log. A cancelled run keeps what it finished.
 */
public final class DriftJob {
    private final ExperimentSpec spec;
    private final Path folder;
    private final DriftListener listener;
    private final Cancellation cancellation;

    public DriftJob(ExperimentSpec spec, Path folder, DriftListener listener, Cancellation cancellation) {
        this.spec = spec;
        this.folder = folder;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    public DriftEvaluation.Result run() throws IOException {
        ComputeDevice device = ComputeDevice.resolve(spec.device());
        RunWriter writer = new RunWriter(folder, RunHeader.of("drift", spec, device));
        Recorder recorder = new Recorder(writer);
        if (device.note() != null) {
            recorder.message(device.note());
        }
        try {
            DriftEvaluation.Result result = new DriftEvaluation(spec.evalSpec(), device, recorder, cancellation,
                    new DriftEvaluation.Options(spec.histograms(), spec.compareUncompensated())).run();
            writer.put("dataset_fingerprint", result.datasetFingerprint());
            writer.put("images", result.images());
            writer.put("digital", result.digital());
            writer.put("seconds", Map.of("program", result.programSeconds(), "drift", result.driftSeconds(),
                    "evaluation_pass", result.evalSeconds()));
            recorder.writeResults(result.digital().accuracy());
            writer.finish(result.complete() ? "completed" : "cancelled");
            return result;
        } catch (Cancellation.CancelledException e) {
            writer.finish("cancelled");
            throw e;
        } catch (RuntimeException | IOException e) {
            writer.log("failed: " + e);
            writer.finish("failed");
            throw e;
        }
    }

    /** Forwards events to the caller and keeps the run folder's results current. */
    private final class Recorder implements DriftListener {
        private final RunWriter writer;
        private final Map<Double, DriftEvaluation.TimePoint> compensated = new TreeMap<>();
        private final Map<Double, DriftEvaluation.TimePoint> uncompensated = new TreeMap<>();

        Recorder(RunWriter writer) {
            this.writer = writer;
        }

        @Override
        public void point(DriftEvaluation.TimePoint point, boolean withCompensation) {
            (withCompensation ? compensated : uncompensated).put(point.t(), point);
            writeResults(null);
            listener.point(point, withCompensation);
        }

        @Override
        public void digital(Score score) {
            listener.digital(score);
        }

        @Override
        public void histograms(LayerHistograms.Snapshot snapshot) {
            writer.writeJson(RunFiles.HISTOGRAMS + "/t-" + seconds(snapshot.t()) + ".json", snapshot);
            listener.histograms(snapshot);
        }

        @Override
        public void progress(JobProgress progress) {
            listener.progress(progress);
        }

        @Override
        public void message(String text) {
            writer.log(text);
            listener.message(text);
        }

        void writeResults(Double digitalAccuracy) {
            List<Map<String, Object>> rows = new ArrayList<>();
            compensated.values().forEach(p -> rows.add(row(p, true, digitalAccuracy)));
            uncompensated.values().forEach(p -> rows.add(row(p, false, digitalAccuracy)));
            writer.writeJson(RunFiles.RESULTS_JSON, Map.of("rows", rows));
            writer.writeText(RunFiles.RESULTS_CSV, csv(rows));
        }
    }

    static String seconds(double t) {
        return t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t);
    }

    private static Map<String, Object> row(DriftEvaluation.TimePoint p, boolean compensated, Double digital) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("t", p.t());
        row.put("t_label", Durations.format(p.t()));
        row.put("compensated", compensated);
        row.put("n", p.accuracy().n());
        row.put("accuracy_mean", p.accuracy().mean());
        row.put("accuracy_std", p.accuracy().std());
        row.put("accuracy_ci95_low", p.accuracy().ci95Low());
        row.put("accuracy_ci95_high", p.accuracy().ci95High());
        row.put("loss_mean", p.loss().mean());
        row.put("loss_std", p.loss().std());
        row.put("precision_mean", p.precision() == null ? null : p.precision().mean());
        row.put("recall_mean", p.recall() == null ? null : p.recall().mean());
        row.put("f1_mean", p.f1() == null ? null : p.f1().mean());
        row.put("f1_std", p.f1() == null ? null : p.f1().std());
        row.put("digital_accuracy", digital);
        return row;
    }

    private static String csv(List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder("t,t_label,compensated,n,accuracy_mean,accuracy_std,accuracy_ci95_low,"
                + "accuracy_ci95_high,loss_mean,loss_std,precision_mean,recall_mean,f1_mean,f1_std,digital_accuracy\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach((key, v) -> cells.add(v == null ? "" : key.equals("t") ? seconds((Double) v)
                    : v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : v.toString()));
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }
}
