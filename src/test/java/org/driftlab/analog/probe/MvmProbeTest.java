package org.driftlab.analog.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.driftlab.config.DriftCompensationType;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.Test;

class MvmProbeTest {

    @Test
    void errorGrowsWithDriftWithoutCompensationAndCompensationHelps() {
        List<Double> times = List.of(1.0, 3600.0, 86400.0, 365 * 86400.0);
        MvmProbe.Spec spec = new MvmProbe.Spec(64, 128, 0, 0, 200, times, 3, 1, false);
        try (NDManager manager = NDManager.newBaseManager()) {
            List<MvmProbe.Point> none = MvmProbe.run(
                    RpuConfig.defaults().withDriftCompensation(DriftCompensationType.NONE), spec, manager);
            List<MvmProbe.Point> global = MvmProbe.run(RpuConfig.defaults(), spec, manager);
            for (int k = 1; k < times.size(); k++) {
                assertTrue(none.get(k).mvmRelErrorMean() > none.get(k - 1).mvmRelErrorMean(),
                        "uncompensated error grows with time");
            }
            // Without compensation the mean conductance loss dominates: about 1 - 0.5 = 0.5 relative at one year.
            assertTrue(none.get(3).mvmRelErrorMean() > 0.4, "one-year error without compensation");
            assertTrue(global.get(3).mvmRelErrorMean() < none.get(3).mvmRelErrorMean() / 2, "compensation helps");
            assertEquals(1.0, none.get(3).alphaMean(), 1e-9);
            assertTrue(global.get(3).alphaMean() > 1.7, "alpha at one year");
            assertTrue(global.get(0).mvmRelErrorStd() > 0, "spread over repetitions");
        }
    }

    @Test
    void sameSeedGivesTheSameFigures() {
        MvmProbe.Spec spec = new MvmProbe.Spec(16, 16, 0.5, 0.5, 20, List.of(60.0), 2, 5, true);
        try (NDManager manager = NDManager.newBaseManager()) {
            assertEquals(MvmProbe.run(RpuConfig.defaults(), spec, manager),
                    MvmProbe.run(RpuConfig.defaults(), spec, manager));
        }
    }

    @Test
    void badSpecsAreRejectedWithTheOptionName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MvmProbe.Spec(4, 4, 1.0, 0, 10, List.of(1.0), 1, 1, false));
        assertTrue(e.getMessage().contains("--weight-zeros"));
    }
}
