package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import org.driftlab.config.CustomDriftModel;
import org.driftlab.config.CustomDriftPcmLikeNoise;

/**
 * aihwkit's {@code CustomDriftPCMLikeNoiseModel} (spec 3.6): PCM-like programming and read noise, with ν's mean and
 * std interpolated from a table over conductance in µS.
 */
public final class CustomDriftPcmLikeNoiseModel extends PcmLikeNoiseModel {
    private final PiecewiseLinear nuMeanCurve;
    private final PiecewiseLinear nuStdCurve;

    public CustomDriftPcmLikeNoiseModel(CustomDriftPcmLikeNoise p, boolean physical) {
        this(Converters.create(p.gConverter(), p.gMax()), p, physical);
    }

    private CustomDriftPcmLikeNoiseModel(ConductanceConverter converter, CustomDriftPcmLikeNoise p,
                                         boolean physical) {
        super(converter, physical, p.gMax(), p.progCoeff(), p.progCoeffGMaxReference(), p.progNoiseScale(),
                p.readNoiseScale(), p.driftScale(), p.t0(), p.tRead());
        CustomDriftModel table = p.customDriftModel();
        int n = table.gLst().size();
        if (n < 2 || table.nuMeanLst().size() != n || table.nuStdLst().size() != n) {
            throw new IllegalArgumentException("custom_drift_model needs at least 2 entries and equally long "
                    + "g_lst, nu_mean_lst and nu_std_lst");
        }
        double[] g = table.gLst().stream().mapToDouble(Double::doubleValue).toArray();
        this.nuMeanCurve = new PiecewiseLinear(g, table.nuMeanLst().stream().mapToDouble(Double::doubleValue)
                .toArray());
        this.nuStdCurve = new PiecewiseLinear(g, table.nuStdLst().stream().mapToDouble(Double::doubleValue)
                .toArray());
        checkCovers(converter, g[0], g[n - 1]);
    }

    /** aihwkit's constructor check: the converter's conductance range must lie inside the table's. */
    private static void checkCovers(ConductanceConverter converter, double tableMin, double tableMax) {
        double low = converter.lowestConductance();
        double high = converter.highestConductance();
        if (low < tableMin || high > tableMax) {
            throw new IllegalArgumentException("custom_drift_model g_lst covers [" + tableMin + ", " + tableMax
                    + "] µS but the converter range is [" + low + ", " + high + "] µS");
        }
    }

    @Override
    protected NDArray nuMean(NDArray gTarget) {
        return nuMeanCurve.apply(gTarget);
    }

    @Override
    protected NDArray nuStd(NDArray gTarget) {
        return nuStdCurve.apply(gTarget);
    }

    @Override
    public double nuMean(double gTarget) {
        return nuMeanCurve.apply(gTarget);
    }

    @Override
    public double nuStd(double gTarget) {
        return nuStdCurve.apply(gTarget);
    }

    /** ν's moments from the tables, not from PCM-like's logarithm. */
    @Override
    float driftCoefficient(float gTarget, float noise) {
        return driftCoefficient((float) nuMean(gTarget), (float) nuStd(gTarget), noise);
    }
}
