package org.driftlab.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;

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

    static NumberFormat percent() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ROOT);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
