package org.driftlab.app.accuracy;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.driftlab.app.AppContext;
import org.driftlab.app.LiveRun;
import org.driftlab.app.LiveRunListener;
import org.driftlab.app.chart.ChartView;
import org.driftlab.app.jobs.UiThrottle;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.run.RunRecords;

/** Accuracy versus drift time: live points as they are computed, recorded runs overlaid, a hover read-out. */
public final class AccuracyView extends BorderPane implements LiveRunListener {
    private final AppContext context;
    private final AccuracyViewModel model = new AccuracyViewModel();
    private final ChartView chart = new ChartView("accuracy-vs-time",
            "Run a drift evaluation (Experiment → Evaluate drift) or open a run from the history.");
    private final UiThrottle throttle;
    private final Label status = new Label();

    public AccuracyView(AppContext context) {
        this.context = context;
        this.throttle = context.newThrottle();
        setId("accuracy-view");
        chart.setReadout(ChartView::timeAccuracyReadout);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            model.clear();
            redraw();
        });
        setTop(new ToolBar(clear, status));
        setCenter(chart);
        context.workspace().addLiveListener(this);
        context.workspace().shownRunProperty().addListener((obs, old, folder) -> {
            if (folder != null) {
                showRecorded(folder);
            }
        });
    }

    public AccuracyViewModel model() {
        return model;
    }

    public ChartView chart() {
        return chart;
    }

    private void showRecorded(Path folder) {
        if (!RunRecords.hasResults(folder)) {
            return;
        }
        try {
            String name = RunRecords.readRun(folder).path("name").asText(folder.getFileName().toString());
            model.addRecorded(folder, name + " (" + folder.getFileName() + ")");
            status.setText("");
        } catch (Exception e) {
            status.setText("Could not read " + folder + ": " + e.getMessage());
        }
        redraw();
    }

    @Override
    public void runStarted(LiveRun run) {
        model.startRun(run.name(), run.spec().times());
        throttle.post(this, this::redraw);
    }

    @Override
    public void digital(Score score) {
        model.digital(score);
    }

    @Override
    public void point(DriftEvaluation.TimePoint point, boolean compensated) {
        model.point(point, compensated);
        throttle.post(this, this::redraw);
    }

    private void redraw() {
        chart.show(model.chart());
    }
}
