package org.driftlab.app.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Larger type and thicker lines for presentation mode, applied to a copy so that exports keep the paper look. */
final class PresentationStyle {
    private static final float FONT = 1.5f;
    private static final float LINE = 2f;

    private PresentationStyle() {
    }

    static JFreeChart styled(JFreeChart original) {
        JFreeChart chart;
        try {
            chart = (JFreeChart) original.clone();
        } catch (CloneNotSupportedException e) {
            return original;
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            scaleTitle(chart.getSubtitle(i));
        }
        if (chart.getTitle() != null) {
            scaleTitle(chart.getTitle());
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                scaleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                scaleAxis(xy.getRangeAxis(i));
            }
            for (int r = 0; r < xy.getRendererCount(); r++) {
                XYItemRenderer renderer = xy.getRenderer(r);
                if (renderer == null || xy.getDataset(r) == null) {
                    continue;
                }
                for (int s = 0; s < xy.getDataset(r).getSeriesCount(); s++) {
                    Stroke stroke = renderer.getSeriesStroke(s);
                    if (stroke instanceof BasicStroke basic) {
                        renderer.setSeriesStroke(s, new BasicStroke(basic.getLineWidth() * LINE, basic.getEndCap(),
                                basic.getLineJoin(), basic.getMiterLimit(), basic.getDashArray(),
                                basic.getDashPhase()));
                    }
                }
            }
        }
        return chart;
    }

    private static void scaleTitle(Title title) {
        if (title instanceof TextTitle text) {
            text.setFont(bigger(text.getFont()));
        } else if (title instanceof LegendTitle legend) {
            legend.setItemFont(bigger(legend.getItemFont()));
        }
    }

    private static void scaleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(bigger(axis.getLabelFont()));
        axis.setTickLabelFont(bigger(axis.getTickLabelFont()));
    }

    private static Font bigger(Font font) {
        return font == null ? null : font.deriveFont(font.getSize2D() * FONT);
    }
}
