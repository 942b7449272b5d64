package org.driftlab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times after programming, written in seconds or with a unit: 1s, 60s, 5min, 1h, 1d, 7d, 30d, 1y (a year is 365
 * days). A plain number is seconds.
 */
public final class Durations {
    public static final double MINUTE = 60;
    public static final double HOUR = 3600;
    public static final double DAY = 86400;
    public static final double YEAR = 365 * DAY;

    private static final Pattern FORM = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(s|min|h|d|w|y)?");
    private static final String ALLOWED = "a number of seconds, or a number with a unit s, min, h, d, w or y "
            + "(for example 1s, 60s, 1h, 1d, 30d, 1y)";

    private Durations() {
    }

    /** Parses one time; throws IllegalArgumentException naming the text and the allowed forms. */
    public static double parse(String text) {
        Matcher matcher = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time: use " + ALLOWED);
        }
        double value = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double seconds = value * switch (unit) {
            case "s" -> 1;
            case "min" -> MINUTE;
            case "h" -> HOUR;
            case "d" -> DAY;
            case "w" -> 7 * DAY;
            case "y" -> YEAR;
            default -> throw new IllegalStateException(unit);
        };
        if (!Double.isFinite(seconds)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite time");
        }
        return seconds;
    }

    /** Parses a comma-separated list of times, keeping their order. */
    public static List<Double> parseList(String text) {
        List<Double> times = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("'" + text + "' has an empty entry: give times separated by commas");
            }
            times.add(parse(part));
        }
        return times;
    }

    /** A short readable form: 1 s, 1 min, 1 h, 1 d, 30 d, 1 y. */
    public static String format(double seconds) {
        double[] sizes = {YEAR, DAY, HOUR, MINUTE};
        String[] units = {"y", "d", "h", "min"};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                return trim(seconds / sizes[i]) + " " + units[i];
            }
        }
        return trim(seconds) + " s";
    }

    private static String trim(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }
}
