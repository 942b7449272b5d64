package org.driftlab.app.jobs;

import java.time.Duration;
import java.time.Instant;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The job queue: one row per job with its status, a progress bar, the time left, the latest message and Cancel. */
public final class JobQueueView extends BorderPane {
    private final JobQueue queue;
    private final ObservableList<JobRow> rows = FXCollections.observableArrayList();
    private final ListView<JobRow> list = new ListView<>(rows);
    private final Label status = new Label();

    public JobQueueView(JobQueue queue, UiThrottle throttle) {
        this.queue = queue;
        setId("job-queue");
        list.setCellFactory(view -> new JobCell());
        list.setPlaceholder(new Label("No jobs yet: press Evaluate drift (Ctrl+R) to start one."));
        Button clear = new Button("Clear finished");
        clear.setOnAction(e -> {
            queue.clearFinished();
            refresh();
        });
        status.getStyleClass().add("field-error");
        setTop(new ToolBar(new Label("Jobs"), clear, status));
        setCenter(list);
        queue.observe(job -> throttle.post(this, this::refresh));
    }

    /** A line beside the queue's title for problems that belong to no job (e.g. unreadable settings). */
    public void setStatus(String text) {
        status.setText(text);
    }

    /** Re-reads the queue; call on the FX thread. */
    public void refresh() {
        Instant now = Instant.now();
        rows.setAll(queue.jobs().stream().map(job -> JobRow.of(job, now)).toList());
    }

    /** What a row shows, as of one moment; rows that did not change keep their cells untouched. */
    private record JobRow(QueuedJob job, String title, JobStatus status, double fraction, String detail,
                          boolean cancellable) {
        static JobRow of(QueuedJob job, Instant now) {
            return new JobRow(job, "#" + job.id() + " " + job.title(), job.status(),
                    job.status() == JobStatus.COMPLETED ? 1 : job.fraction(), describe(job, now),
                    !job.status().isFinished() && !job.cancelRequested());
        }
    }

    static String describe(QueuedJob job, Instant now) {
        StringBuilder text = new StringBuilder(job.status().name().toLowerCase());
        job.progress().ifPresent(p -> text.append(" · ").append(p.stage()).append(' ').append(p.done()).append('/')
                .append(p.total()));
        job.timeLeft(now).ifPresent(left -> text.append(" · ").append(format(left)).append(" left"));
        if (job.status().isFinished()) {
            job.elapsed(now).ifPresent(took -> text.append(" · took ").append(format(took)));
        }
        job.failure().ifPresent(reason -> text.append(" · ").append(reason));
        if (!job.message().isBlank() && job.failure().isEmpty()) {
            text.append(" · ").append(job.message());
        }
        return text.toString();
    }

    static String format(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }

    private static final class JobCell extends ListCell<JobRow> {
        private final Label title = new Label();
        private final ProgressBar bar = new ProgressBar(0);
        private final Label detail = new Label();
        // The row cuts a long status (a failure's reason, a notice) short; hovering shows all of it.
        private final Tooltip fullDetail = new Tooltip();
        private final Button cancel = new Button("Cancel");
        private final HBox row;

        JobCell() {
            title.setMinWidth(220);
            bar.setPrefWidth(180);
            bar.setMinWidth(120);
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            detail.setMinWidth(0);
            fullDetail.setWrapText(true);
            fullDetail.setMaxWidth(640);
            detail.setTooltip(fullDetail);
            HBox.setHgrow(detail, Priority.ALWAYS);
            row = new HBox(10, title, bar, cancel, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            cancel.getStyleClass().add("cancel-job");
        }

        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            bar.setProgress(row.fraction());
            detail.setText(row.detail());
            fullDetail.setText(row.detail());
            detail.getStyleClass().setAll("label", row.status() == JobStatus.FAILED ? "field-error" : "job-detail");
            cancel.setDisable(!row.cancellable());
            cancel.setOnAction(e -> {
                row.job().cancel();
                cancel.setDisable(true);
            });
            setGraphic(this.row);
        }
    }
}
