package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.OptionalDouble;
import org.driftlab.analog.Rng;

/**
 * The PCM-style models (PCM-like, custom drift, state independent, Hermes): polynomial programming error clamped at
 * 0, a folded-normal drift exponent ν drawn from the target, power-law drift after t_0, and relative 1/f read
 * noise. Subclasses give ν's mean and std and the relative read-noise level.
 */
public abstract class PowerLawNoiseModel extends AbstractNoiseModel {
    private final double gMax;
    private final Polynomial progPolynomial;
    private final double progCoeffFactor;
    private final double progNoiseScale;
    private final double readNoiseScale;
    private final double driftScale;
    private final double t0;
    private final double tRead;

    /**
     * @param progCoeffFactor g_max / reference g_max of the programming polynomial (spec 3.1)
     */
    protected PowerLawNoiseModel(ConductanceConverter converter, boolean physical, double gMax, List<Double> progCoeff,
                                 double progCoeffFactor, double progNoiseScale, double readNoiseScale,
                                 double driftScale, double t0, double tRead) {
        super(converter, physical);
        if (!(gMax > 0.0)) {
            throw new IllegalArgumentException("g_max must be positive, got " + gMax);
        }
        if (!(t0 > 0.0) || !(tRead > 0.0)) {
            throw new IllegalArgumentException("t_0 and t_read must be positive");
        }
        this.gMax = gMax;
        this.progPolynomial = new Polynomial(progCoeff);
        this.progCoeffFactor = progCoeffFactor;
        this.progNoiseScale = progNoiseScale;
        this.readNoiseScale = readNoiseScale;
        this.driftScale = driftScale;
        this.t0 = t0;
        this.tRead = tRead;
    }

    /** The reference-g_max rule of spec 3.1: 25 µS for the default coefficients, else the given one or g_max. */
    static double referenceGMax(List<Double> progCoeff, List<Double> defaultCoeff, double defaultReference,
                                Double givenReference, double gMax) {
        if (progCoeff.equals(defaultCoeff)) {
            return defaultReference;
        }
        return givenReference != null ? givenReference : gMax;
    }

    public double gMax() {
        return gMax;
    }

    public double t0() {
        return t0;
    }

    public double tRead() {
        return tRead;
    }

    /** The mean of the (unfolded) drift exponent for target conductances, before drift_scale. */
    protected abstract NDArray nuMean(NDArray gTarget);

    /** The std of the (unfolded) drift exponent for target conductances, before drift_scale. */
    protected abstract NDArray nuStd(NDArray gTarget);

    /**
     * The read-noise σ relative to |g_drift| per unit of the time factor (Q_s for PCM), from the read-noise
     * reference conductance. May be a scalar array when it does not depend on the conductance.
     */
    protected abstract NDArray relativeReadNoise(NDArray gReadReference);

    // The same three formulas for one conductance, as the fused CPU path (FusedPowerLaw) and the device probe use
    // them; FusedPowerLawTest checks each pair against the other.

    /** ν's mean for one target conductance, before drift_scale. */
    public abstract double nuMean(double gTarget);

    /** ν's std for one target conductance, before drift_scale. */
    public abstract double nuStd(double gTarget);

    /** Q_s for PCM and Hermes; 1/g_max for the state-independent model. */
    public abstract double relativeReadNoise(double gReadReference);

    @Override
    public boolean hasDriftExponent() {
        return true;
    }

    @Override
    public double programmingSigma(double gTarget) {
        return progNoiseScale * progPolynomial.apply(gTarget / gMax) * progCoeffFactor;
    }

    @Override
    public OptionalDouble readNoiseSigma(double gDrifted, double gReadReference, double tInference) {
        return OptionalDouble.of(Math.abs(gDrifted) * readNoiseScale * relativeReadNoise(gReadReference)
                * readNoiseTimeFactor(tInference + t0, tRead));
    }

    /**
     * On the CPU with one device pair per weight (aihwkit's default converter) the fused path in plain Java,
     * otherwise the chain of tensor operations; both take the same normal draws in the same order.
     */
    @Override
    public ProgrammedWeights program(NDArray targetWeights, Rng rng) {
        FusedPowerLaw fused = FusedPowerLaw.forModel(this, targetWeights);
        return fused != null ? fused.program(targetWeights, rng) : super.program(targetWeights, rng);
    }

    @Override
    public DriftedWeights drift(ProgrammedWeights programmed, double tInference, Rng rng) {
        FusedPowerLaw fused = FusedPowerLaw.forModel(this, programmed.weights());
        return fused != null ? fused.drift(programmed, tInference, rng) : super.drift(programmed, tInference, rng);
    }

    /** The tensor path whatever the device: the reference the fused path is tested against. */
    ProgrammedWeights programWithTensors(NDArray targetWeights, Rng rng) {
        return super.program(targetWeights, rng);
    }

    /** The tensor path whatever the device: the reference the fused path is tested against. */
    DriftedWeights driftWithTensors(ProgrammedWeights programmed, double tInference, Rng rng) {
        return super.drift(programmed, tInference, rng);
    }

    // The tensor formulas below for one device and its normal draw, with the same float operations (FusedPowerLaw).

    float programConductance(float gTarget, float noise) {
        float sigma = progPolynomial.apply(gTarget / (float) gMax) * (float) (progCoeffFactor * progNoiseScale);
        return Math.max(gTarget + sigma * noise, 0f);
    }

    float driftCoefficient(float gTarget, float noise) {
        return driftCoefficient((float) nuMean(gTarget), (float) nuStd(gTarget), noise);
    }

    /** |μ_ν + σ_ν N| times drift_scale. */
    final float driftCoefficient(float mean, float std, float noise) {
        return Math.abs(mean + std * noise) * (float) driftScale;
    }

    float readNoiseLevel(float gReadReference) {
        return (float) relativeReadNoise(gReadReference);
    }

    /**
     * @param logDecay  -ln(t / t_0) as a float, or 0 at t_inference = 0 (no drift)
     * @param readSigma read_noise_scale times the time factor, as a float
     */
    float driftConductance(float gProgrammed, float nu, float level, float logDecay, float readSigma, float noise) {
        float gDrift = logDecay != 0f ? gProgrammed * (float) Math.exp(nu * logDecay) : gProgrammed;
        return Math.max(gDrift + Math.abs(gDrift) * (level * readSigma) * noise, 0f);
    }

    /** -ln(t / t_0) for the power-law drift at tInference, or 0 where nothing drifts (tInference = 0). */
    float logDecay(double tInference) {
        return tInference > 0 ? (float) -Math.log((tInference + t0) / t0) : 0f;
    }

    /** read_noise_scale times the 1/f time factor at tInference. */
    float readSigma(double tInference) {
        return (float) (readNoiseScale * readNoiseTimeFactor(tInference + t0, tRead));
    }

    @Override
    public NDArray programConductance(NDArray gTarget, Rng rng) {
        try (Scope scope = Scope.of(gTarget)) {
            NDArray sigma = progPolynomial.apply(gTarget.div((float) gMax)).mul((float) (progCoeffFactor
                    * progNoiseScale));
            NDArray noise = rng.normal(scope.manager(), gTarget.getShape());
            return scope.keep(gTarget.add(sigma.mul(noise)).maximum(0f));
        }
    }

    @Override
    public NDArray driftCoefficients(NDArray gTarget, Rng rng) {
        try (Scope scope = Scope.of(gTarget)) {
            NDArray noise = rng.normal(scope.manager(), gTarget.getShape());
            NDArray nu = nuMean(gTarget).add(nuStd(gTarget).mul(noise)).abs().mul((float) driftScale);
            return scope.keep(nu);
        }
    }

    @Override
    public NDArray driftConductance(NDArray gProgrammed, NDArray driftParams, NDArray gReadReference,
                                    double tInference, Rng rng) {
        try (Scope scope = Scope.of(gProgrammed, driftParams, gReadReference)) {
            return scope.keep(driftConductanceAtLevel(gProgrammed, driftParams, readNoiseLevel(gReadReference),
                    tInference, rng));
        }
    }

    /** The relative read noise of the reference conductances (Q_s for PCM). */
    @Override
    public NDArray readNoiseLevel(NDArray gReadReference) {
        return relativeReadNoise(gReadReference);
    }

    @Override
    public NDArray driftConductanceAtLevel(NDArray gProgrammed, NDArray driftParams, NDArray readNoiseLevel,
                                           double tInference, Rng rng) {
        try (Scope scope = Scope.of(gProgrammed, driftParams, readNoiseLevel)) {
            double t = tInference + t0;
            NDArray gDrift = tInference > 0
                    ? gProgrammed.mul(driftParams.mul((float) -Math.log(t / t0)).exp())
                    : gProgrammed;
            NDArray sigma = readNoiseLevel.mul((float) (readNoiseScale * readNoiseTimeFactor(t, tRead)));
            NDArray noise = rng.normal(scope.manager(), gProgrammed.getShape());
            return scope.keep(gDrift.add(gDrift.abs().mul(sigma).mul(noise)).maximum(0f));
        }
    }

    /** r = max(|g| / g_max, 1e-7), the floored relative conductance used by the ν fits. */
    protected NDArray flooredRelative(NDArray g) {
        return g.abs().div((float) gMax).maximum(ConverterChecks.ZERO_CLIP);
    }

    protected double flooredRelative(double g) {
        return Math.max(Math.abs(g) / gMax, ConverterChecks.ZERO_CLIP);
    }

    protected static double clip(double value, double low, double high) {
        return Math.min(Math.max(value, low), high);
    }
}
