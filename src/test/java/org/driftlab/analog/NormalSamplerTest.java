package org.driftlab.analog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalSamplerTest {
    private static final int SAMPLES = 2_000_000;

    /** Two-sided normal tail probabilities P(|x| > t), from the complementary error function. */
    private static final double[][] TAILS = {{0.5, 0.617075}, {1, 0.317311}, {2, 0.0455003}, {3, 0.00269796},
        {3.5, 0.000465258}, {4, 0.0000633425}};

    @Test
    void samplesHaveTheMomentsAndTailsOfTheStandardNormal() {
        NormalSampler sampler = new NormalSampler(42);
        float[] block = new float[1000];
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        long[] beyond = new long[TAILS.length];
        for (int done = 0; done < SAMPLES; done += block.length) {
            sampler.fill(block, block.length);
            for (float value : block) {
                double x = value;
                sum += x;
                squares += x * x;
                fourth += x * x * x * x;
                for (int t = 0; t < TAILS.length; t++) {
                    if (Math.abs(x) > TAILS[t][0]) {
                        beyond[t]++;
                    }
                }
            }
        }
        assertEquals(0, sum / SAMPLES, 5 / Math.sqrt(SAMPLES));
        assertEquals(1, squares / SAMPLES, 5 * Math.sqrt(2.0 / SAMPLES));
        assertEquals(3, fourth / SAMPLES, 5 * Math.sqrt(96.0 / SAMPLES));
        for (int t = 0; t < TAILS.length; t++) {
            double expected = TAILS[t][1] * SAMPLES;
            assertEquals(expected, beyond[t], 5 * Math.sqrt(expected), "P(|x| > " + TAILS[t][0] + ")");
        }
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        float[] first = new float[500];
        float[] second = new float[500];
        new NormalSampler(7).fill(first, first.length);
        new NormalSampler(7).fill(second, second.length);
        assertArrayEquals(first, second, 0f);
    }
}
