package org.driftlab.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/** The perceptually uniform viridis colour map over [lower, upper]; NaN is light grey (a missing cell). */
public final class ViridisPaintScale implements PaintScale {
    public static final Color MISSING = new Color(0xEEEEEE);

    private static final int[] ANCHORS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

    private final double lower;
    private final double upper;

    public ViridisPaintScale(double lower, double upper) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("paint scale needs lower < upper; got " + lower + " and " + upper);
        }
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return MISSING;
        }
        return colourAt((value - lower) / (upper - lower));
    }

    /** The colour at a position in [0, 1] (clamped). */
    static Color colourAt(double position) {
        double clamped = Math.max(0, Math.min(1, position));
        double scaled = clamped * (ANCHORS.length - 1);
        int index = Math.min((int) scaled, ANCHORS.length - 2);
        double fraction = scaled - index;
        Color from = new Color(ANCHORS[index]);
        Color to = new Color(ANCHORS[index + 1]);
        return new Color(blend(from.getRed(), to.getRed(), fraction), blend(from.getGreen(), to.getGreen(), fraction),
                blend(from.getBlue(), to.getBlue(), fraction));
    }

    private static int blend(int from, int to, double fraction) {
        return (int) Math.round(from + (to - from) * fraction);
    }
}
