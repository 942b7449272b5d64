package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.driftlab.analog.Rng;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.config.ReramWan2022Noise;
import org.junit.jupiter.api.Test;

class DeviceProbeTest {
    @Test
    void pcmDefaultsAtGMaxAfterOneHour() {
        NoiseModel model = new PcmLikeNoiseModel(PcmLikeNoise.defaults(), false);
        DeviceProbeResult result = new DeviceProbe(model).probe(new double[] {25.0}, new double[] {0.0, 3600.0},
                20_000, new Rng(1));
        DeviceProbeResult.Target target = result.targets().get(0);
        assertEquals(25.0, target.gTarget());
        assertEquals(1.0554, target.progSigma(), 1e-4);
        assertEquals(0.049, target.nuMean(), 0.049 * 0.02);
        assertEquals(0.008, target.nuStd(), 0.008 * 0.05);
        DeviceProbeResult.Time hour = target.times().get(1);
        // the programming error is symmetric around 25 µS, so the mean follows the drift factor 0.7758
        assertEquals(25.0 * 0.7758, hour.gMean(), 0.02 * 25.0 * 0.7758);
        assertNotNull(hour.readSigma());
        assertEquals(hour.gMean() * 0.0088 * 4.7648, hour.readSigma(), 0.05 * hour.readSigma());
        assertEquals(20_000, result.samples());
    }

    @Test
    void reramHasNoDriftExponentNorReadNoise() {
        NoiseModel model = new ReramWan2022NoiseModel(ReramWan2022Noise.defaults(), false);
        DeviceProbeResult result = new DeviceProbe(model).probe(new double[] {10.0}, new double[] {1.0}, 1000,
                new Rng(2));
        assertNull(result.targets().get(0).nuMean());
        assertNull(result.targets().get(0).times().get(0).readSigma());
    }
}
