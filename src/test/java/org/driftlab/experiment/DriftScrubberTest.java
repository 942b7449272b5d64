package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DriftScrubberTest {
    private static DriftScrubber scrubber;

    @BeforeAll
    static void programTheShippedModel() throws Exception {
        scrubber = DriftScrubber.prepare(new DriftScrubber.Spec(ShippedModels.checkpoint("default-hwa"),
                        DatasetSource.fashionMnist(null), "test", 256, RpuConfig.defaults(), 3, Set.of()),
                ComputeDevice.resolve("cpu"), JobListener.NONE, new Cancellation());
    }

    @AfterAll
    static void close() {
        scrubber.close();
    }

    private static double meanGPlus(DriftScrubber.Frame frame, String layer) {
        return frame.histograms().layers().stream().filter(l -> l.layer().equals(layer)).findFirst().orElseThrow()
                .quantities().stream().filter(q -> q.name().equals("G+ (µS)")).findFirst().orElseThrow().mean();
    }

    @Test
    void laterTimesHaveLowerMeanConductanceForPcm() {
        DriftScrubber.Frame second = scrubber.at(1);
        DriftScrubber.Frame year = scrubber.at(365 * 86400.0);
        System.out.printf("DriftScrubber.at(t): %.2f s and %.2f s for %d images%n", second.seconds(), year.seconds(),
                scrubber.images());
        String layer = second.histograms().layerNames().get(0);
        assertEquals(26, second.histograms().layers().size(), "every layer of SqueezeNet 1.1 is analog");
        // PCM drift with ν ≈ 0.05 shrinks conductances by (3.15e7 / 1)^-0.05 ≈ 0.42 over a year
        double ratio = meanGPlus(year, layer) / meanGPlus(second, layer);
        assertTrue(ratio < 0.6 && ratio > 0.3, "G+ ratio year/second " + ratio);
        assertEquals(256, second.score().count());
        assertTrue(second.score().accuracy() > 0.5, "accuracy at 1 s " + second.score().accuracy());
    }

    @Test
    void theSameTimeGivesTheSameFrameWhateverCameBefore() {
        DriftScrubber.Frame first = scrubber.at(3600);
        scrubber.at(86400);
        DriftScrubber.Frame again = scrubber.at(3600);
        assertEquals(first.score().accuracy(), again.score().accuracy());
        String layer = first.histograms().layerNames().get(3);
        assertEquals(meanGPlus(first, layer), meanGPlus(again, layer));
    }

    @Test
    void negativeTimesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scrubber.at(-1));
        assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
    }
}
