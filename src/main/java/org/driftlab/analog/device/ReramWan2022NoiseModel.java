package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.driftlab.analog.Rng;
import org.driftlab.config.ReramWan2022Noise;

/**
 * aihwkit's {@code ReRamWan2022NoiseModel} (spec 4.3): noise polynomials in g/g_max fitted at a few times. The drift
 * parameters are the targets, and drifting draws fresh noise around the target with the polynomial of the exact
 * tabulated time; the programmed conductance is ignored.
 */
public final class ReramWan2022NoiseModel extends AbstractNoiseModel {
    private final double gMax;
    private final double noiseScale;
    private final Map<String, Polynomial> polynomials = new LinkedHashMap<>();
    private final Polynomial programming;

    public ReramWan2022NoiseModel(ReramWan2022Noise p, boolean physical) {
        super(Converters.create(p.gConverter(), p.gMax()), physical);
        if (physical) {
            throw new IllegalArgumentException("the physical option is not available for ReRAM noise models");
        }
        this.gMax = p.gMax();
        this.noiseScale = p.noiseScale();
        for (String key : TimeKeys.sortedKeys(p.coeffDic())) {
            polynomials.put(key, new Polynomial(p.coeffDic().get(key)));
        }
        this.programming = TimeKeys.smallest(polynomials);
    }

    @Override
    public boolean hasDriftExponent() {
        return false;
    }

    /** The tabulated times in seconds, ascending. */
    public List<String> times() {
        return List.copyOf(polynomials.keySet());
    }

    // aihwkit quirk: the 40 µS reference is stored under another attribute, so the polynomials are used unscaled.
    @Override
    public double programmingSigma(double gTarget) {
        return noiseScale * programming.apply(gTarget / gMax);
    }

    @Override
    public OptionalDouble readNoiseSigma(double gDrifted, double gReadReference, double tInference) {
        return OptionalDouble.empty();
    }

    @Override
    public NDArray programConductance(NDArray gTarget, Rng rng) {
        return applyPolynomial(gTarget, programming, rng);
    }

    @Override
    public NDArray driftCoefficients(NDArray gTarget, Rng rng) {
        return gTarget;
    }

    /** Ignores {@code gProgrammed}: draws around the target held in {@code driftParams}. */
    @Override
    public NDArray driftConductance(NDArray gProgrammed, NDArray driftParams, NDArray gReadReference,
                                    double tInference, Rng rng) {
        Polynomial polynomial = TimeKeys.find(polynomials, tInference).orElseThrow(() ->
                new IllegalArgumentException("ReRAM Wan2022 drift is tabulated only at t_inference = "
                        + String.join(", ", polynomials.keySet()) + " s, got " + tInference + " s"));
        return applyPolynomial(driftParams, polynomial, rng);
    }

    private NDArray applyPolynomial(NDArray gTarget, Polynomial polynomial, Rng rng) {
        try (Scope scope = Scope.of(gTarget)) {
            NDArray sigma = polynomial.apply(gTarget.div((float) gMax)).mul((float) noiseScale);
            NDArray noise = rng.normal(scope.manager(), gTarget.getShape());
            return scope.keep(gTarget.add(sigma.mul(noise)).maximum(0f));
        }
    }
}
