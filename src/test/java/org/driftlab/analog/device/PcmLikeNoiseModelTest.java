package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.driftlab.analog.Rng;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

/** The per-device PCM-like numbers of spec 12.3, analytically and statistically (1e6 devices). */
class PcmLikeNoiseModelTest extends WithTensorManager {
    private static final int SAMPLES = 1_000_000;
    private static final double HOUR = 3600;
    private static final double DAY = 86400;
    private static final double YEAR = 365 * DAY;

    // g (µS), σ_prog, μ_ν, σ_ν, E[ν] folded, Q_s
    private static final double[][] TABLE = {
        {0.0, 0.2635, 0.1000, 0.0450, 0.1004, 0.2000},
        {2.5, 0.4482, 0.0601, 0.0229, 0.0602, 0.0393},
        {6.25, 0.6814, 0.0490, 0.0114, 0.0490, 0.0217},
        {12.5, 0.9527, 0.0490, 0.0080, 0.0490, 0.0138},
        {18.75, 1.0774, 0.0490, 0.0080, 0.0490, 0.0106},
        {25.0, 1.0554, 0.0490, 0.0080, 0.0490, 0.0088},
    };

    private final PcmLikeNoiseModel model = new PcmLikeNoiseModel(PcmLikeNoise.defaults(), false);

    private NDArray targets(double g) {
        return manager.full(new Shape(SAMPLES), (float) g);
    }

    @Test
    void perDeviceTableAnalytically() {
        for (double[] row : TABLE) {
            double g = row[0];
            assertEquals(row[1], model.programmingSigma(g), 1e-4, "σ_prog at " + g);
            assertEquals(row[2], model.nuMean(g), 1e-4, "μ_ν at " + g);
            assertEquals(row[3], model.nuStd(g), 1e-4, "σ_ν at " + g);
            assertEquals(row[5], model.relativeReadNoise(g), 1e-4, "Q_s at " + g);
        }
    }

    @Test
    void programmingErrorMatchesSigmaWithinOnePercent() {
        Rng rng = new Rng(1);
        for (double[] row : TABLE) {
            if (row[0] == 0.0) {
                continue; // clamped at 0: covered by the half-normal test
            }
            NDArray target = targets(row[0]);
            DeviceProbe.Moments error = DeviceProbe.Moments.of(model.programConductance(target, rng).sub(target));
            assertEquals(row[1], error.std(), 0.01 * row[1], "σ_prog at " + row[0]);
            assertEquals(0.0, error.mean(), 0.01 * row[1], "mean error at " + row[0]);
        }
    }

    @Test
    void zeroTargetEndsUpHalfNormal() {
        NDArray programmed = model.programConductance(targets(0.0), new Rng(2));
        double mean = DeviceProbe.Moments.of(programmed).mean();
        assertEquals(0.2635 / Math.sqrt(2 * Math.PI), mean, 0.01 * 0.105);
        assertEquals(0.105, mean, 0.001);
        assertTrue(programmed.min().getFloat() >= 0f);
    }

    @Test
    void foldedDriftExponentMeanWithinOnePercent() {
        Rng rng = new Rng(3);
        for (double[] row : TABLE) {
            DeviceProbe.Moments nu = DeviceProbe.Moments.of(model.driftCoefficients(targets(row[0]), rng));
            assertEquals(row[4], nu.mean(), 0.01 * row[4], "E[ν] at " + row[0]);
            // folded std: sqrt(μ² + σ² - E[ν]²)
            double foldedStd = Math.sqrt(row[2] * row[2] + row[3] * row[3] - row[4] * row[4]);
            assertEquals(foldedStd, nu.std(), 0.02 * foldedStd, "folded σ_ν at " + row[0]);
        }
    }

    @Test
    void driftFactorAtGMax() {
        NDArray nu = model.driftCoefficients(targets(25.0), new Rng(4));
        double[][] expected = {{HOUR, 0.7758}, {DAY, 0.6650}, {YEAR, 0.5001}};
        for (double[] e : expected) {
            double lnRatio = Math.log((e[0] + 20.0) / 20.0);
            double mean = DeviceProbe.Moments.of(nu.mul((float) -lnRatio).exp()).mean();
            assertEquals(e[1], mean, 0.01 * e[1], "drift factor at t = " + e[0]);
        }
    }

    @Test
    void readNoiseTimeFactors() {
        double[][] expected = {{0, 4.1838}, {1, 4.1897}, {20, 4.2659}, {60, 4.3463}, {1000, 4.6299},
            {HOUR, 4.7648}, {DAY, 5.0868}, {30 * DAY, 5.4108}, {360 * DAY, 5.6357}, {YEAR, 5.6370},
            {1e5, 5.1012}, {1e7, 5.5341}};
        for (double[] e : expected) {
            assertEquals(e[1], AbstractNoiseModel.readNoiseTimeFactor(e[0] + 20.0, 250e-9), 1e-4, "t = " + e[0]);
            double sigma = model.readNoiseSigma(25.0, 25.0, e[0]).getAsDouble();
            assertEquals(25.0 * 0.0088 * e[1], sigma, 25.0 * 0.0088 * 1e-3, "read σ at t = " + e[0]);
        }
    }

    @Test
    void readNoiseIsPresentAtTimeZeroAndRelative() {
        NDArray programmed = targets(25.0);
        NDArray nu = model.driftCoefficients(programmed, new Rng(5));
        NDArray read = model.driftConductance(programmed, nu, programmed, 0.0, new Rng(6));
        DeviceProbe.Moments moments = DeviceProbe.Moments.of(read);
        assertEquals(25.0, moments.mean(), 0.01);
        assertEquals(25.0 * 0.0088 * 4.1838, moments.std(), 0.01 * 25.0 * 0.0088 * 4.1838);
    }

    @Test
    void nonDefaultGMaxScalesTheDefaultPolynomial() {
        PcmLikeNoise p = PcmLikeNoise.defaults();
        PcmLikeNoiseModel half = new PcmLikeNoiseModel(new PcmLikeNoise(12.5, p.progCoeff(), 40.0, p.tRead(),
                p.t0(), 1.0, 1.0, 1.0, p.gConverter()), false);
        // reference forced to 25 µS for the default coefficients, whatever reference is given
        assertEquals(1.0554 * 0.5, half.programmingSigma(12.5), 1e-4);
        PcmLikeNoiseModel custom = new PcmLikeNoiseModel(new PcmLikeNoise(12.5, java.util.List.of(1.0, 0.0, 0.0),
                null, p.tRead(), p.t0(), 2.0, 1.0, 1.0, p.gConverter()), false);
        assertEquals(2.0, custom.programmingSigma(3.0), 1e-12);
    }
}
