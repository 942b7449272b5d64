package org.driftlab.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/** Short labels for swept values and cell values: three significant digits, no trailing zeros. */
final class ValueLabels {
    private ValueLabels() {
    }

    static String compact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace("E", "e");
    }

    /** Tick units for a fraction axis shown in per cent, each with just the decimals its step needs. */
    static TickUnits percentTickUnits() {
        TickUnits units = new TickUnits();
        double[] steps = {0.0001, 0.0002, 0.00025, 0.0005, 0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05,
            0.1, 0.2, 0.25, 0.5, 1};
        for (double step : steps) {
            NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
            int decimals = Math.max(0, new BigDecimal(Double.toString(step * 100)).stripTrailingZeros().scale());
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            units.add(new NumberTickUnit(step, format));
        }
        return units;
    }

    static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
