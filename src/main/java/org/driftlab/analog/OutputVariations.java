package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.IoParameters;

/**
 * The fixed, per-device and per-output deviations of one tile's periphery, drawn once when the tile is built
 * (aihwkit draws them at tile construction): output noise levels, non-linearity strengths, voltage offsets and
 * the read asymmetry of the negative pass. Absent ones are null.
 */
record OutputVariations(NDArray outNoiseStd, NDArray nonlinearity, double nonlinearityFactor,
                        NDArray voltageOffsets, NDArray negativeReadFactors) {

    static OutputVariations draw(IoParameters io, int inSize, int outSize, NDManager manager, Rng rng) {
        Shape out = new Shape(1, outSize);
        NDArray noiseStd = null;
        if (io.outNoiseStd() > 0) {
            noiseStd = rng.normal(manager, out).mul((float) io.outNoiseStd()).add(1f).mul((float) io.outNoise()).abs();
        }
        NDArray nonlinearity = null;
        double factor = 1;
        if (io.outNonlinearity() > 0) {
            double bound = io.outBound() > 0 ? io.outBound() : 1;
            NDArray xi = io.outNonlinearityStd() > 0
                    ? rng.normal(manager, out).mul((float) io.outNonlinearityStd()) : manager.zeros(out);
            nonlinearity = xi.add(1f).mul((float) (io.outNonlinearity() / bound)).abs();
            if (io.slopeCalibration() > 0) {
                double f = 1 + (nonlinearity.abs().mean().getFloat() + io.rSeries()) * io.slopeCalibration() * bound;
                factor = f * f;
            }
        }
        NDArray offsets = null;
        if (io.vOffsetStd() > 0 || io.rSeries() > 0) {
            offsets = io.vOffsetStd() > 0
                    ? rng.normal(manager, out).mul((float) io.vOffsetStd()).maximum(0f) : manager.zeros(out);
        }
        NDArray negativeFactors = null;
        if (io.wReadAsymmetryDtod() > 0) {
            negativeFactors = rng.normal(manager, new Shape(outSize, inSize))
                    .mul((float) io.wReadAsymmetryDtod()).add(1f);
        }
        return new OutputVariations(noiseStd, nonlinearity, factor, offsets, negativeFactors);
    }
}
