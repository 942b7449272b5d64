package org.driftlab.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.driftlab.app.AppContext;
import org.driftlab.app.jobs.QueuedJob;
import org.driftlab.experiment.RunFigures;
import org.driftlab.experiment.run.RunRecords;
import org.driftlab.experiment.run.RunSummary;
import org.driftlab.experiment.run.TreeDiff;
import org.driftlab.report.AccuracyVsTimeChart;
import org.driftlab.report.Curve;

/**
 * The run history from the run store (so runs made with the CLI appear too), newest first: reopen a run in the
 * views, compare runs (differing settings only, curves overlaid), delete runs, export all figures of a run.
 */
public final class RunsViewModel {
    private final AppContext context;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public RunsViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }

    /** What the last action did or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Reads the store again; a folder whose record cannot be read is listed as unreadable. */
    public void refresh() {
        List<RunSummary> found = new ArrayList<>();
        try {
            for (Path folder : context.runs().list()) {
                found.add(RunRecords.summary(folder));
            }
        } catch (IOException e) {
            message.set("Could not list the runs in " + context.runs().root() + ": " + e.getMessage());
        }
        found.sort(Comparator.comparing(RunSummary::started, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .reversed());
        runs.setAll(found);
        long unreadable = found.stream().filter(r -> !r.readable()).count();
        message.set(found.size() + " runs in " + context.runs().root()
                + (unreadable > 0 ? "; " + unreadable + " cannot be read (marked unreadable)" : ""));
    }

    /** Shows the run in the views (they follow the workspace's shown run). */
    public void open(RunSummary run) {
        requireReadable(run, "opened");
        context.workspace().shownRunProperty().set(run.folder());
        message.set("Showing " + run.folder().getFileName());
    }

    public RunComparison compare(List<RunSummary> selected) throws IOException {
        if (selected.size() < 2) {
            throw new IllegalArgumentException("Select two or more runs to compare (selected: " + selected.size() + ")");
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> settings = new ArrayList<>();
        List<Curve> curves = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (RunSummary run : selected) {
            requireReadable(run, "compared");
            String name = run.folder().getFileName().toString();
            names.add(name);
            settings.add(RunRecords.settings(RunRecords.readRun(run.folder())));
            if (run.isSweep()) {
                notes.add(name + " is a sweep: its points' curves are in the Sweep view");
            } else if (!RunRecords.hasResults(run.folder())) {
                notes.add(name + " has no results yet");
            } else {
                curves.addAll(RunRecords.curves(run.folder(), name));
            }
        }
        Map<String, List<String>> differences = new TreeMap<>(TreeDiff.of(settings));
        message.set(differences.isEmpty() ? "The runs have the same settings"
                : differences.size() + " settings differ");
        return new RunComparison(names, differences, curves.isEmpty() ? null
                : AccuracyVsTimeChart.build(curves, "Accuracy after programming (mean ± std over programmings)"), notes);
    }

    /** Deletes the run's folder and everything in it. */
    public void delete(RunSummary run) throws IOException {
        Path folder = run.folder().toAbsolutePath().normalize();
        Path root = context.runs().root().toAbsolutePath().normalize();
        if (!root.equals(folder.getParent())) {
            throw new IllegalArgumentException(folder + " is not a run folder of the store " + root
                    + "; only those are deleted here");
        }
        try {
            deleteTree(folder);
        } catch (IOException e) {
            refresh();
            throw new IOException("Could not delete " + folder + " (" + e.getMessage()
                    + "); what could not be deleted is still there", e);
        }
        if (run.folder().equals(context.workspace().shownRunProperty().get())) {
            context.workspace().shownRunProperty().set(null);
        }
        refresh();
        message.set("Deleted " + folder.getFileName());
    }

    /** Queues the export of every figure of the run into the folder, in PNG, SVG, PDF and CSV. */
    public QueuedJob exportAll(RunSummary run, Path folder) {
        requireReadable(run, "exported");
        message.set("Exporting the figures of " + run.folder().getFileName() + " to " + folder + " …");
        return context.jobs().submit("Export figures of " + run.name(), (listener, cancellation) -> {
            try {
                List<Path> files = RunFigures.exportAll(run.folder(), folder, listener, cancellation);
                context.ui().execute(() -> message.set("Exported " + files.size() + " files to " + folder));
            } catch (IOException | RuntimeException e) {
                context.ui().execute(() -> message.set("Could not export the figures of "
                        + run.folder().getFileName() + ": " + e.getMessage()));
                throw e;
            }
        });
    }

    private static void requireReadable(RunSummary run, String action) {
        if (!run.readable()) {
            throw new IllegalArgumentException(run.folder() + " cannot be " + action + ": " + run.problem());
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
