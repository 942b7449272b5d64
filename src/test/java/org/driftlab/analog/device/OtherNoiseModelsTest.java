package org.driftlab.analog.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.driftlab.analog.Rng;
import org.driftlab.config.CustomDriftPcmLikeNoise;
import org.driftlab.config.HermesNoise;
import org.driftlab.config.PcmLikeNoise;
import org.driftlab.config.ReramCmoNoise;
import org.driftlab.config.ReramWan2022Noise;
import org.driftlab.config.RpuConfig;
import org.driftlab.config.SimulationParameter;
import org.driftlab.config.StateIndependentNoise;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class OtherNoiseModelsTest extends WithTensorManager {
    @Test
    void stateIndependentReadNoiseIsAbout418TimesGOverGMax() {
        StateIndependentNoiseModel model = new StateIndependentNoiseModel(StateIndependentNoise.defaults(), false);
        assertEquals(0.2, model.programmingSigma(17.0), 1e-12);
        for (double g : new double[] {5.0, 12.5, 25.0}) {
            assertEquals(4.1838 * g / 25.0, model.readNoiseSigma(g, g, 0.0).getAsDouble(), 1e-3);
        }
        NDArray g = manager.full(new Shape(200_000), 25f);
        NDArray nu = model.driftCoefficients(g, new Rng(1));
        DeviceProbe.Moments read = DeviceProbe.Moments.of(model.driftConductance(g, nu, g, 0.0, new Rng(2)));
        assertEquals(4.1838, read.std(), 0.02 * 4.1838);
        assertEquals(0.1, DeviceProbe.Moments.of(nu).mean(), 0.003); // folded |0.1 + 0.05 N|
    }

    @Test
    void hermesPiecewiseFitsForTwoDevices() {
        HermesNoiseModel model = new HermesNoiseModel(HermesNoise.defaults(2), false);
        double gMax = 20.7;
        // ν mean, low branch clipped at 0.13 near 0, log branch, and the quadratic branch
        assertEquals(0.13, model.nuMean(0.0), 1e-6);
        double r = 0.05;
        assertEquals(-0.0387 * Math.log(r) - 0.0182, model.nuMean(r * gMax), 1e-5);
        r = 0.5;
        assertEquals(-0.0436 * r * r - 0.0126 * r + 0.0736, model.nuMean(r * gMax), 1e-5);
        r = 0.1;
        assertEquals(-0.0117 * Math.log(r) - 0.0057, model.nuStd(r * gMax), 1e-5);
        r = 0.8;
        assertEquals(-0.0118 * r * r + 0.0093 * r + 0.0073, model.nuStd(r * gMax), 1e-5);
        assertEquals(0.04, model.relativeReadNoise(0.0), 1e-6); // ln 0 = -inf, clipped
        r = 0.05;
        assertEquals(-0.0117 * Math.log(r) - 0.0069, model.relativeReadNoise(r * gMax), 1e-5);
        r = 0.6;
        assertEquals(0.0069 * r * r * r - 0.0280 * r * r + 0.0211 * r + 0.0123, model.relativeReadNoise(r * gMax),
                1e-5);
        assertEquals(0.16603222 + 4.71806468 - 8.48101252 + 4.68961419, model.programmingSigma(gMax), 1e-5);
    }

    @Test
    void hermesPiecewiseFitsForOneDevice() {
        HermesNoiseModel model = new HermesNoiseModel(HermesNoise.defaults(1), false);
        double gMax = 10.35;
        double r = 0.2;
        assertEquals(-0.0120 * Math.log(r) - 0.0023, model.nuStd(r * gMax), 1e-5);
        r = 0.7;
        assertEquals(-0.0165 * r * r + 0.0116 * r + 0.0104, model.nuStd(r * gMax), 1e-5);
        assertEquals(0.04, model.nuStd(0.01 * gMax), 1e-6); // log branch 0.053, clipped
        assertEquals(Math.min(0.04, Math.max(0.0179, -0.0078 * Math.log(0.1) + 0.0038)),
                model.relativeReadNoise(0.1 * gMax), 1e-5);
        r = 0.9;
        assertEquals(0.0664 * r * r * r - 0.1352 * r * r + 0.0768 * r + 0.0088, model.relativeReadNoise(r * gMax),
                1e-5);
        // t_0 = 200 s for one device
        assertEquals(AbstractNoiseModel.readNoiseTimeFactor(200.0, 512e-9) * 5.0 * model.relativeReadNoise(5.0),
                model.readNoiseSigma(5.0, 5.0, 0.0).getAsDouble(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new HermesNoiseModel(new HermesNoise(1, 20.7, 200.0,
                512e-9, 1, 1, 1, HermesNoise.defaults(1).gConverter()), false));
    }

    @Test
    void reramWan2022RejectsUntabulatedTimes() {
        ReramWan2022NoiseModel model = new ReramWan2022NoiseModel(ReramWan2022Noise.defaults(), false);
        ProgrammedWeights programmed = model.program(new Rng(1).normal(manager, new Shape(8, 8)), new Rng(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.drift(programmed, 5.0, new Rng(3)));
        assertTrue(e.getMessage().contains("1, 86400, 172800"), e.getMessage());
        assertEquals(0.348, model.programmingSigma(0.0), 1e-12); // the 1 s polynomial, unscaled
        model.drift(programmed, 86400.0, new Rng(4));
    }

    @Test
    void reramWan2022DrawsAroundTheTargetWithTheTimePolynomial() {
        ReramWan2022NoiseModel model = new ReramWan2022NoiseModel(ReramWan2022Noise.defaults(), false);
        NDArray target = manager.full(new Shape(200_000), 12.5f);
        NDArray far = manager.full(new Shape(200_000), 3f); // ignored programmed value
        DeviceProbe.Moments g = DeviceProbe.Moments.of(model.driftConductance(far, target, far, 86400.0,
                new Rng(5)));
        double r = 0.5;
        double sigma = 0.701 + 22.086 * r - 50.773 * r * r + 47.095 * r * r * r - 16.458 * r * r * r * r;
        assertEquals(12.5, g.mean(), 0.02);
        assertEquals(sigma, g.std(), 0.02 * sigma);
    }

    @Test
    void reramCmoClipsToTheRangeAndKeepsProgrammingAtTimeZero() {
        ReramCmoNoiseModel model = new ReramCmoNoiseModel(ReramCmoNoise.defaults(), false);
        // default acceptance range 0.02 falls back to the "0.2" key
        assertEquals(0.00081107 + 0.00106879 * 50.0, model.programmingSigma(50.0), 1e-12);
        NDArray w = new Rng(6).normal(manager, new Shape(64, 64));
        ProgrammedWeights programmed = model.program(w, new Rng(7));
        NDArray prog = programmed.programmedSlices().get(0);
        DriftedWeights atZero = model.drift(programmed, 0.0, new Rng(8));
        assertTrue(atZero.weights().sub(programmed.weights()).abs().max().getFloat() < 1e-5);
        DriftedWeights later = model.drift(programmed, 10 * 365 * 86400.0, new Rng(9));
        NDArray g = later.slices().get(0);
        assertTrue(g.min().getFloat() >= 9.0f && g.max().getFloat() <= 88.199997f);
        assertTrue(g.eq(9.0f).sum().getLong() > 0, "lower clip reached after 10 years");
        assertTrue(prog.getShape().equals(w.getShape()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReramCmoNoiseModel(ReramCmoNoise.defaults(), true));
    }

    @Test
    void reramWithPhysicalOptionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> NoiseModels.create(RpuConfig.defaults()
                .withNoiseModel(ReramWan2022Noise.defaults()).withSimulation(new SimulationParameter(true))));
    }

    @Test
    void customDriftInterpolatesTheTable() {
        CustomDriftPcmLikeNoiseModel model = new CustomDriftPcmLikeNoiseModel(CustomDriftPcmLikeNoise.defaults(),
                false);
        assertEquals(0.065, model.nuMean(5.0), 1e-6);
        assertEquals(0.015, model.nuStd(17.5), 1e-6);
        assertEquals(1.0554, model.programmingSigma(25.0), 1e-4);
        CustomDriftPcmLikeNoise d = CustomDriftPcmLikeNoise.defaults();
        assertThrows(IllegalArgumentException.class, () -> new CustomDriftPcmLikeNoiseModel(
                new CustomDriftPcmLikeNoise(30.0, d.progCoeff(), null, d.tRead(), d.t0(), 1, 1, 1, d.gConverter(),
                        d.customDriftModel()), false));
    }

    @Test
    void factoryCoversEveryModel() {
        assertTrue(NoiseModels.create(RpuConfig.defaults()) instanceof PcmLikeNoiseModel);
        for (var p : List.of(PcmLikeNoise.defaults(), CustomDriftPcmLikeNoise.defaults(),
                StateIndependentNoise.defaults(), HermesNoise.defaults(1), HermesNoise.defaults(2),
                ReramWan2022Noise.defaults(), ReramCmoNoise.defaults())) {
            NoiseModel model = NoiseModels.create(RpuConfig.defaults().withNoiseModel(p));
            NDArray w = new Rng(10).normal(manager, new Shape(10, 35));
            ProgrammedWeights programmed = model.program(w, new Rng(11));
            DriftedWeights drifted = model.drift(programmed, 86400.0, new Rng(12));
            assertTrue(drifted.weights().sub(w).abs().max().getFloat() > 0f, p.type() + " changes the weights");
            assertEquals(manager, drifted.weights().getManager());
        }
    }
}
