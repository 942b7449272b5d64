package org.driftlab.report;

/** One drift time of an accuracy curve: t in seconds, the mean and the spread band [low, high]. */
public record CurvePoint(double t, double mean, double low, double high) {
    public CurvePoint {
        if (low > high) {
            throw new IllegalArgumentException("band low " + low + " is above high " + high + " at t = " + t + " s");
        }
    }

    /** A point without spread. */
    public static CurvePoint of(double t, double mean) {
        return new CurvePoint(t, mean, mean, mean);
    }

    /** mean ± std. */
    public static CurvePoint ofStd(double t, double mean, double std) {
        return new CurvePoint(t, mean, mean - std, mean + std);
    }
}
