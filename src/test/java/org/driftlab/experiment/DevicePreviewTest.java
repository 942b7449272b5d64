package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.driftlab.analog.device.DeviceProbeResult;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.Test;

class DevicePreviewTest {
    @Test
    void fiveTargetsFromZeroToGMaxOverOneSecondToTenYears() {
        RpuConfig config = RpuConfig.defaults();
        DeviceProbeResult result = DevicePreview.run(config, 1);
        assertEquals(DevicePreview.TARGETS, result.targets().size());
        assertEquals(0.0, result.targets().get(0).gTarget());
        assertEquals(config.noiseModel().gMax(), result.targets().get(4).gTarget(), 1e-9);
        for (DeviceProbeResult.Target target : result.targets()) {
            List<DeviceProbeResult.Time> times = target.times();
            assertEquals(DevicePreview.TIMES, times.size());
            assertEquals(1.0, times.get(0).t(), 1e-9);
            assertEquals(10 * 365 * 86400.0, times.get(times.size() - 1).t(), 1e-3);
        }
    }

    @Test
    void pcmConductancesDecreaseWithTimeAndSpread() {
        DeviceProbeResult result = DevicePreview.run(RpuConfig.defaults(), 2);
        for (DeviceProbeResult.Target target : result.targets().subList(1, DevicePreview.TARGETS)) {
            List<DeviceProbeResult.Time> times = target.times();
            for (int i = 4; i < times.size(); i += 4) {
                assertTrue(times.get(i).gMean() < times.get(i - 4).gMean(),
                        "target " + target.gTarget() + ": mean at " + times.get(i).t() + " s");
            }
            assertTrue(times.get(0).gStd() > 0, "devices spread");
        }
    }
}
