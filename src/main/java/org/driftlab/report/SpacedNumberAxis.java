package org.driftlab.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis that keeps its ticks at least MIN_SPACING_PX apart; JFreeChart's own choice only avoids overlapping
 * labels, which on a tall axis gives twenty or more ticks.
 */
class SpacedNumberAxis extends NumberAxis {
    static final double MIN_SPACING_PX = 50;

    SpacedNumberAxis(String label) {
        super(label);
    }

    /** An axis for fractions, labelled in per cent. */
    static SpacedNumberAxis percent(String label) {
        SpacedNumberAxis axis = new SpacedNumberAxis(label);
        axis.setStandardTickUnits(ValueLabels.percentTickUnits());
        return axis;
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
        double maxTicks = Math.max(2, length / MIN_SPACING_PX);
        TickUnit spaced = getStandardTickUnits().getCeilingTickUnit(getRange().getLength() / maxTicks);
        if (spaced.getSize() > getTickUnit().getSize()) {
            setTickUnit((NumberTickUnit) spaced, false, false);
        }
    }
}
