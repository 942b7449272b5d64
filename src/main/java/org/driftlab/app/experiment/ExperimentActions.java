package org.driftlab.app.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.driftlab.app.AppContext;
import org.driftlab.app.LiveRun;
import org.driftlab.app.LiveRunListener;
import org.driftlab.app.jobs.JobStatus;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.experiment.Cancellation;
import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.DriftJob;
import org.driftlab.experiment.DriftListener;
import org.driftlab.experiment.ExperimentSpec;
import org.driftlab.experiment.JobListener;
import org.driftlab.experiment.JobProgress;
import org.driftlab.experiment.LayerHistograms;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.SweepJob;
import org.driftlab.experiment.TrainSpec;
import org.driftlab.experiment.TrainingJob;

/**
 * Puts the panel's experiments on the compute queue as the CLI runs them (DriftJob, SweepJob, TrainingJob), each
 * drift run in its own run folder, its live events passed to the views that follow runs.
 */
public final class ExperimentActions {
    private final AppContext context;

    public ExperimentActions(AppContext context) {
        this.context = context;
    }

    public QueuedJob evaluateDrift(ExperimentSpec spec) {
        return context.jobs().submit("Drift: " + spec.name(), (listener, cancellation) -> {
            Path folder = context.runs().newRunFolder(spec.name(), null);
            LiveRun run = new LiveRun(spec.name(), folder, spec);
            List<LiveRunListener> views = context.workspace().liveListeners();
            views.forEach(v -> v.runStarted(run));
            JobStatus end = JobStatus.FAILED;
            try {
                DriftEvaluation.Result result = new DriftJob(spec, folder, forward(listener, views), cancellation)
                        .run();
                end = result.complete() ? JobStatus.COMPLETED : JobStatus.CANCELLED;
            } catch (Cancellation.CancelledException e) {
                end = JobStatus.CANCELLED;
                throw e;
            } finally {
                JobStatus status = end;
                views.forEach(v -> v.runFinished(run, status));
            }
        });
    }

    public QueuedJob sweep(ExperimentSpec spec) {
        String title = (spec.sweep().layerSensitivity() ? "Layer sensitivity: " : "Sweep: ") + spec.name();
        return context.jobs().submit(title, (listener, cancellation) -> {
            Path folder = context.runs().newRunFolder(spec.name(), null);
            listener.message("sweep folder: " + folder);
            new SweepJob(spec, folder, 1, 1, listener, cancellation).run();
        });
    }

    /** Trains; when the job ends with a checkpoint, trained receives its path on the UI thread. */
    public QueuedJob train(TrainSpec spec, String device, Consumer<Path> trained) {
        String title = (spec.hardwareAware() ? "HWA fine-tune → " : "Train → ") + spec.out().getFileName();
        return context.jobs().submit(title, (listener, cancellation) -> {
            ComputeDevice compute = ComputeDevice.resolve(device);
            if (compute.note() != null) {
                listener.message(compute.note());
            }
            new TrainingJob(spec, compute, listener, cancellation).run();
            if (Files.isRegularFile(spec.out())) {
                listener.message("saved " + spec.out());
                context.ui().execute(() -> trained.accept(spec.out()));
            }
        });
    }

    private static DriftListener forward(JobListener job, List<LiveRunListener> views) {
        return new DriftListener() {
            @Override
            public void progress(JobProgress progress) {
                job.progress(progress);
                views.forEach(v -> v.progress(progress));
            }

            @Override
            public void message(String text) {
                job.message(text);
            }

            @Override
            public void digital(Score score) {
                views.forEach(v -> v.digital(score));
            }

            @Override
            public void point(DriftEvaluation.TimePoint point, boolean compensated) {
                views.forEach(v -> v.point(point, compensated));
            }

            @Override
            public void histograms(LayerHistograms.Snapshot snapshot) {
                views.forEach(v -> v.histograms(snapshot));
            }
        };
    }
}
