package org.driftlab.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;

/** Seconds as human durations ("1 s", "1 min", "1 h", "1 d", "1 w", "30 d", "1 y"; a year is 365 days). */
public final class TimeAxisFormat extends NumberFormat {
    public static final double MINUTE = 60;
    public static final double HOUR = 3600;
    public static final double DAY = 86_400;
    public static final double WEEK = 7 * DAY;
    public static final double YEAR = 365 * DAY;

    private static final double[] UNITS = {YEAR, WEEK, DAY, HOUR, MINUTE, 1};
    private static final String[] UNIT_NAMES = {"y", "w", "d", "h", "min", "s"};

    private static final double[] MAIN_TICKS = {
        1e-3, 1e-2, 0.1, 1, MINUTE, HOUR, DAY, WEEK, 30 * DAY, YEAR, 10 * YEAR, 100 * YEAR};
    private static final double[] FINE_TICKS = {
        1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5,
        1, 2, 5, 10, 20, 30,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 20 * MINUTE, 30 * MINUTE,
        HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
        DAY, 2 * DAY, 3 * DAY, WEEK, 2 * WEEK, 30 * DAY, 60 * DAY, 90 * DAY, 180 * DAY,
        YEAR, 2 * YEAR, 5 * YEAR, 10 * YEAR, 20 * YEAR, 50 * YEAR, 100 * YEAR};

    /** The label of a duration: the largest unit that divides it evenly, else the largest unit below it. */
    public static String label(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return Double.toString(seconds);
        }
        if (seconds == 0) {
            return "0 s";
        }
        if (seconds < 0) {
            return "-" + label(-seconds);
        }
        if (seconds < 1) {
            return significant(seconds * 1000) + " ms";
        }
        for (int i = 0; i < UNITS.length; i++) {
            double multiple = seconds / UNITS[i];
            if (multiple >= 1 - 1e-9 && Math.abs(multiple - Math.rint(multiple)) < 1e-9 * multiple) {
                return (long) Math.rint(multiple) + " " + UNIT_NAMES[i];
            }
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (seconds >= UNITS[i]) {
                return significant(seconds / UNITS[i]) + " " + UNIT_NAMES[i];
            }
        }
        throw new AssertionError(seconds);
    }

    /**
     * Tick values in [lower, upper]: the main human durations, or a finer set of round durations when fewer than
     * two main ones fall in the range.
     */
    public static List<Double> ticks(double lower, double upper) {
        List<Double> main = within(MAIN_TICKS, lower, upper);
        if (main.size() >= 2) {
            return main;
        }
        List<Double> fine = within(FINE_TICKS, lower, upper);
        if (fine.isEmpty() && lower > 0 && upper >= lower) {
            return List.of(Math.sqrt(lower * upper));
        }
        return fine;
    }

    private static List<Double> within(double[] candidates, double lower, double upper) {
        double slack = 1e-9;
        List<Double> ticks = new ArrayList<>();
        for (double value : candidates) {
            if (value >= lower * (1 - slack) && value <= upper * (1 + slack)) {
                ticks.add(value);
            }
        }
        return ticks;
    }

    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number));
    }

    /** Labels are for reading only; parsing always fails (returns null, position unchanged). */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
