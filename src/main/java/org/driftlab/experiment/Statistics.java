package org.driftlab.experiment;

/** Mean, sample std and a 95 % confidence interval (Student's t) of repeated measurements. */
public record Statistics(int n, double mean, double std, double ci95Low, double ci95High) {

    // Two-sided 95 % quantiles of Student's t for 1..30 degrees of freedom.
    private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    public static Statistics of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n == 1) {
            return new Statistics(1, mean, 0, mean, mean);
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(sum / (n - 1));
        double t = n - 1 <= T95.length ? T95[n - 2] : 1.96;
        double half = t * std / Math.sqrt(n);
        return new Statistics(n, mean, std, mean - half, mean + half);
    }
}
