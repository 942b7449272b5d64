package org.driftlab.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A log axis of seconds whose ticks fall on human durations (1 s, 1 min, 1 h, 1 d, 1 w, 30 d, 1 y). */
public class TimeLogAxis extends LogAxis {
    public TimeLogAxis(String label) {
        super(label);
        setNumberFormatOverride(new TimeAxisFormat());
        setMinorTickMarksVisible(false);
    }

    /** The tick values the axis shows for its current range. */
    public List<Double> tickValues() {
        return TimeAxisFormat.ticks(getLowerBound(), getUpperBound());
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor;
        if (edge == RectangleEdge.BOTTOM) {
            anchor = TextAnchor.TOP_CENTER;
        } else if (edge == RectangleEdge.TOP) {
            anchor = TextAnchor.BOTTOM_CENTER;
        } else if (edge == RectangleEdge.LEFT) {
            anchor = TextAnchor.CENTER_RIGHT;
        } else {
            anchor = TextAnchor.CENTER_LEFT;
        }
        List<Tick> ticks = new ArrayList<>();
        for (double value : tickValues()) {
            ticks.add(new NumberTick(value, TimeAxisFormat.label(value), anchor, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }
}
