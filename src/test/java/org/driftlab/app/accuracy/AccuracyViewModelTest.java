package org.driftlab.app.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.driftlab.experiment.DriftEvaluation;
import org.driftlab.experiment.Score;
import org.driftlab.experiment.Statistics;
import org.driftlab.report.Curve;
import org.junit.jupiter.api.Test;

class AccuracyViewModelTest {
    @Test
    void liveRunsGainPointsInTimeOrderAndOverlay() {
        AccuracyViewModel model = new AccuracyViewModel();
        assertNull(model.chart());
        model.startRun("quickstart");
        model.digital(new Score(100, 0.3, 0.88, null, null, null));
        model.point(point(3600, 0.80), true);
        model.point(point(1, 0.85), true);
        model.point(point(1, 0.84), false);
        model.startRun("quickstart");
        model.point(point(1, 0.70), true);
        List<Curve> curves = model.curves();
        assertEquals(List.of("quickstart", "quickstart (no compensation)", "quickstart #2"),
                curves.stream().map(Curve::name).toList());
        assertEquals(List.of(1.0, 3600.0), curves.get(0).points().stream().map(p -> p.t()).toList());
        assertEquals(0.88, curves.get(0).digitalBaseline());
        assertEquals(4, model.pointCount());
        assertEquals(4, model.chart().data().rows().size());
        model.clear();
        assertNull(model.chart());
    }

    @Test
    void thePlannedTimesFixTheTimeAxisBeforeThePointsArrive() {
        AccuracyViewModel model = new AccuracyViewModel();
        model.startRun("live", List.of(1.0, 3600.0, 365 * 86400.0));
        model.point(point(1, 0.8), true);
        var axis = model.chart().chart().getXYPlot().getDomainAxis();
        assertTrue(axis.getLowerBound() < 1 && axis.getUpperBound() > 365 * 86400.0,
                axis.getLowerBound() + " .. " + axis.getUpperBound());
    }

    private static DriftEvaluation.TimePoint point(double t, double accuracy) {
        Statistics stats = Statistics.of(new double[] {accuracy});
        return new DriftEvaluation.TimePoint(t, stats, stats, null, null, null, List.of(accuracy));
    }
}
