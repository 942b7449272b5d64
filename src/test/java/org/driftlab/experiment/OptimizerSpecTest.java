package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.training.tracker.Tracker;
import org.junit.jupiter.api.Test;

class OptimizerSpecTest {

    private static OptimizerSpec spec(String schedule, double finalLr, int stepEpochs, double gamma) {
        return new OptimizerSpec("sgd", 0.1, 0.9, 5e-4, schedule, finalLr, stepEpochs, gamma, 0);
    }

    @Test
    void cosineGoesFromTheBaseToTheFinalRate() {
        Tracker tracker = spec("cosine", 0.001, 1, 0.1).tracker(10, 5);
        assertEquals(0.1, tracker.getNewValue(0), 1e-6);
        assertEquals((0.1 + 0.001) / 2, tracker.getNewValue(25), 1e-3);
        assertEquals(0.001, tracker.getNewValue(50), 1e-6);
    }

    @Test
    void stepMultipliesByGammaEveryStepEpochs() {
        Tracker tracker = spec("step", 0, 2, 0.1).tracker(10, 6);
        assertEquals(0.1, tracker.getNewValue(5), 1e-7);
        assertEquals(0.01, tracker.getNewValue(25), 1e-7);
        assertEquals(0.001, tracker.getNewValue(45), 1e-7);
    }

    @Test
    void exponentialWithoutGammaReachesTheFinalRate() {
        Tracker tracker = spec("exponential", 1e-4, 1, 0).tracker(100, 2);
        assertEquals(0.1, tracker.getNewValue(0), 1e-6);
        assertEquals(1e-4, tracker.getNewValue(200), 1e-5);
        assertTrue(tracker.getNewValue(100) < 0.1);
    }

    @Test
    void warmUpRisesLinearlyThenTheScheduleRuns() {
        OptimizerSpec warm = new OptimizerSpec("sgd", 0.1, 0.9, 0, "cosine", 0, 1, 0.1, 1);
        Tracker tracker = warm.tracker(10, 3);
        assertEquals(0.001, tracker.getNewValue(0), 1e-6);
        assertTrue(tracker.getNewValue(5) > 0.04 && tracker.getNewValue(5) < 0.06);
        assertEquals(0.1, tracker.getNewValue(10), 1e-3);
        assertEquals(0.0, tracker.getNewValue(30), 1e-6);
    }

    @Test
    void constantStaysPut() {
        assertEquals(0.1, spec("constant", 0, 1, 1).tracker(10, 10).getNewValue(77), 1e-7);
    }

    @Test
    void badValuesNameTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OptimizerSpec("rmsprop", 0.1, 0, 0, "cosine", 0, 1, 0.1, 0));
        assertTrue(e.getMessage().contains("allowed: sgd, adamw"));
        e = assertThrows(IllegalArgumentException.class, () -> spec("linear", 0, 1, 0.1));
        assertTrue(e.getMessage().contains("--schedule"));
    }
}
