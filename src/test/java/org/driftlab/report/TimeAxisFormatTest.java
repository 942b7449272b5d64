package org.driftlab.report;

import static org.driftlab.report.TimeAxisFormat.DAY;
import static org.driftlab.report.TimeAxisFormat.HOUR;
import static org.driftlab.report.TimeAxisFormat.MINUTE;
import static org.driftlab.report.TimeAxisFormat.WEEK;
import static org.driftlab.report.TimeAxisFormat.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisFormatTest {
    @Test
    void labelsTheHumanDurations() {
        assertEquals("1 s", TimeAxisFormat.label(1));
        assertEquals("1 min", TimeAxisFormat.label(MINUTE));
        assertEquals("1 h", TimeAxisFormat.label(HOUR));
        assertEquals("1 d", TimeAxisFormat.label(DAY));
        assertEquals("1 w", TimeAxisFormat.label(WEEK));
        assertEquals("30 d", TimeAxisFormat.label(30 * DAY));
        assertEquals("1 y", TimeAxisFormat.label(YEAR));
        assertEquals("1 y", TimeAxisFormat.label(365 * DAY));
    }

    @Test
    void labelsOtherDurationsInTheLargestFittingUnit() {
        assertEquals("0 s", TimeAxisFormat.label(0));
        assertEquals("100 ms", TimeAxisFormat.label(0.1));
        assertEquals("10 s", TimeAxisFormat.label(10));
        assertEquals("90 min", TimeAxisFormat.label(1.5 * HOUR));
        assertEquals("2 w", TimeAxisFormat.label(14 * DAY));
        assertEquals("60 d", TimeAxisFormat.label(60 * DAY));
        assertEquals("10 y", TimeAxisFormat.label(10 * YEAR));
        assertEquals("1.23 h", TimeAxisFormat.label(1.234 * HOUR));
        assertEquals("1 h", new TimeAxisFormat().format(3600.0));
    }

    @Test
    void picksTheHumanTicksWithinTheRange() {
        assertEquals(List.of(1.0, MINUTE, HOUR, DAY, WEEK, 30 * DAY, YEAR), TimeAxisFormat.ticks(0.5, 2 * YEAR));
        assertEquals(List.of(HOUR, DAY, WEEK), TimeAxisFormat.ticks(HOUR, 10 * DAY));
        assertEquals(List.of(1.0, MINUTE), TimeAxisFormat.ticks(1, MINUTE));
    }

    @Test
    void usesRoundFinerTicksWhenTheRangeHoldsFewerThanTwoHumanOnes() {
        assertEquals(List.of(HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR), TimeAxisFormat.ticks(0.9 * HOUR, 8 * HOUR));
        assertEquals(List.of(2.0, 5.0, 10.0, 20.0, 30.0), TimeAxisFormat.ticks(1.5, 50));
    }

    @Test
    void theTimeAxisShowsTheHumanTicksForTheDataRange() {
        PlottedChart plotted = AccuracyVsTimeChart.build(SampleData.accuracyCurves());
        TimeLogAxis axis = (TimeLogAxis) plotted.chart().getXYPlot().getDomainAxis();
        assertEquals(List.of(1.0, MINUTE, HOUR, DAY, WEEK, 30 * DAY, YEAR), axis.tickValues());
        List<?> ticks = axis.refreshTicks(null, null, null, org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertEquals(List.of("1 s", "1 min", "1 h", "1 d", "1 w", "30 d", "1 y"),
                ticks.stream().map(Object::toString).toList());
    }
}
