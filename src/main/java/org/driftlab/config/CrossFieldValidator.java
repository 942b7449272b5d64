package org.driftlab.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks that need several fields at once; run on a config whose fields each passed the catalog checks. */
final class CrossFieldValidator {
    /** The noise models whose drift is a power law of time, the only ones the physical simulation supports. */
    static final Set<NoiseModelType> POWER_LAW_DRIFT = EnumSet.of(NoiseModelType.PCM_LIKE,
            NoiseModelType.CUSTOM_DRIFT_PCM_LIKE, NoiseModelType.STATE_INDEPENDENT, NoiseModelType.HERMES);

    private final List<ConfigProblem> problems = new ArrayList<>();

    private CrossFieldValidator() {
    }

    static List<ConfigProblem> check(RpuConfig config) {
        CrossFieldValidator validator = new CrossFieldValidator();
        validator.forward(config.forward(), config.prePost().inputRange());
        validator.training(config);
        validator.noiseModel(config.noiseModel());
        validator.simulation(config);
        return validator.problems;
    }

    private void forward(IoParameters io, InputRangeParameter inputRange) {
        if (!io.isPerfect() && io.noiseManagement() != NoiseManagement.NONE && io.inpBound() != 1.0) {
            add("forward.inp_bound", io.inpBound(), "noise management " + lower(io.noiseManagement())
                    + " requires forward.inp_bound = 1 (aihwkit's engine stops otherwise); "
                    + "set inp_bound to 1 or noise_management to none");
        }
        if (inputRange.enable() && inputRange.manageOutputClipping() && (io.isPerfect()
                || io.noiseManagement() != NoiseManagement.NONE || io.boundManagement() != BoundManagement.NONE)) {
            add("pre_post.input_range.manage_output_clipping", true, "requires forward.noise_management none, "
                    + "forward.bound_management none and forward.is_perfect false");
        }
    }

    private void training(RpuConfig config) {
        if (config.clip().type() == ClipType.FIXED_VALUE && config.clip().fixedValue() <= 0) {
            add("clip.fixed_value", config.clip().fixedValue(), "clip type fixed_value needs fixed_value > 0");
        }
        RemapParameter remap = config.remap();
        if (remap.maxScaleRange() > 0 && remap.remappedWmax() != 1.0) {
            add("remap.remapped_wmax", remap.remappedWmax(), "remap.max_scale_range > 0 needs remapped_wmax = 1");
        }
        if (config.modifier().perBatchSample()) {
            add("modifier.per_batch_sample", true, "is not supported (aihwkit's RPUCuda engine rejects it too); "
                    + "allowed: false");
        }
    }

    private void simulation(RpuConfig config) {
        NoiseModelType type = config.noiseModel().type();
        if (config.simulation().physical() && !POWER_LAW_DRIFT.contains(type)) {
            add("simulation.physical", true, "the physical simulation keeps each device's power-law drift, which "
                    + "the " + lower(type) + " noise model does not have; allowed only with the noise models "
                    + String.join(", ", POWER_LAW_DRIFT.stream().map(CrossFieldValidator::lower).toList()));
        }
    }

    private void noiseModel(NoiseModelParameter model) {
        if (model instanceof PcmLikeNoise m) {
            progCoeff(m.progCoeff());
            converter(m.gConverter(), m.gMax());
        } else if (model instanceof CustomDriftPcmLikeNoise m) {
            progCoeff(m.progCoeff());
            converter(m.gConverter(), m.gMax());
            customDrift(m.customDriftModel(), m.gConverter(), m.gMax());
        } else if (model instanceof StateIndependentNoise m) {
            progCoeff(m.progCoeff());
            converter(m.gConverter(), m.gMax());
        } else if (model instanceof HermesNoise m) {
            converter(m.gConverter(), m.gMax());
            if (m.gMax() > m.characterisedGMax()) {
                add("noise_model.g_max", m.gMax(), "exceeds the characterised maximum of the HERMES chip with "
                        + m.numDevices() + " device(s) per polarity; allowed: (0, " + m.characterisedGMax() + "]");
            }
        } else if (model instanceof ReramWan2022Noise m) {
            converter(m.gConverter(), m.gMax());
            coefficientTable("noise_model.coeff_dic", m.coeffDic());
        } else if (model instanceof ReramCmoNoise m) {
            gRange("noise_model.g_min", m.gMin(), m.gMax());
            coefficientTable("noise_model.coeff_dict", m.coeffDict());
            if (m.decayDict().mean().size() != 1) {
                add("noise_model.decay_dict.mean", m.decayDict().mean(), "needs exactly 1 entry: [slope]");
            }
            if (m.decayDict().std().size() != 2) {
                add("noise_model.decay_dict.std", m.decayDict().std(), "needs exactly 2 entries: [slope, intercept]");
            }
        }
    }

    private void progCoeff(List<Double> coeffs) {
        if (coeffs.isEmpty()) {
            add("noise_model.prog_coeff", coeffs, "needs at least 1 coefficient");
        }
    }

    private void gRange(String key, double gMin, double gMax) {
        if (gMin >= gMax) {
            add(key, gMin, "must be below noise_model.g_max = " + gMax);
        }
    }

    private void converter(ConverterParameter converter, double gMax) {
        String prefix = "noise_model.g_converter.";
        gRange(prefix + "g_min", converter.gMin(), gMax);
        int pairs = converter.fLst().size();
        switch (converter.type()) {
            case SINGLE_PAIR, SINGLE_DEVICE -> {
                unused(prefix + "f_lst", converter.fLst(), converter.type());
                unused(prefix + "g_lst", converter.gLst(), converter.type());
            }
            case N_PAIR -> {
                if (pairs < 1) {
                    add(prefix + "f_lst", converter.fLst(), "n_pair needs at least 1 significance factor");
                }
                unused(prefix + "g_lst", converter.gLst(), converter.type());
            }
            case DUAL_PAIR -> {
                if (pairs != 2) {
                    add(prefix + "f_lst", converter.fLst(), "dual_pair needs exactly 2 significance factors");
                }
                unused(prefix + "g_lst", converter.gLst(), converter.type());
            }
            case CUSTOM_PAIR -> customPair(converter, pairs);
        }
    }

    private void customPair(ConverterParameter converter, int pairs) {
        String prefix = "noise_model.g_converter.";
        if (pairs < 1) {
            add(prefix + "f_lst", converter.fLst(), "custom_pair needs at least 1 significance factor");
        }
        List<List<Double>> lists = converter.gLst();
        if (lists.size() != 2 * pairs) {
            add(prefix + "g_lst", lists, "custom_pair needs 2 lists (G+ and G-) per significance factor: "
                    + 2 * pairs + " lists, got " + lists.size());
        }
        if (!lists.isEmpty()) {
            int length = lists.get(0).size();
            if (length < 2 || lists.stream().anyMatch(l -> l.size() != length)) {
                add(prefix + "g_lst", lists, "the conductance lists must all have the same length M >= 2");
            }
        }
    }

    private void unused(String key, Collection<?> values, ConverterType type) {
        if (!values.isEmpty()) {
            add(key, values, "is not used by the " + lower(type) + " converter; allowed: []");
        }
    }

    private void customDrift(CustomDriftModel drift, ConverterParameter converter, double gMax) {
        String prefix = "noise_model.custom_drift_model.";
        List<Double> g = drift.gLst();
        int n = g.size();
        if (n < 2 || drift.nuMeanLst().size() != n || drift.nuStdLst().size() != n) {
            add(prefix + "g_lst", g, "g_lst, nu_mean_lst and nu_std_lst must have the same length, at least 2");
            return;
        }
        for (int i = 1; i < n; i++) {
            if (g.get(i) <= g.get(i - 1)) {
                add(prefix + "g_lst", g, "must be strictly ascending");
                return;
            }
        }
        double low = converter.gMin();
        double high = gMax;
        if (converter.type() == ConverterType.CUSTOM_PAIR && !converter.gLst().isEmpty()) {
            low = converter.gLst().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).min().orElse(low);
            high = converter.gLst().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(high);
        }
        if (g.get(0) > low || g.get(n - 1) < high) {
            add(prefix + "g_lst", g, "must cover the converter's conductance range [" + low + ", " + high + "] µS");
        }
    }

    private void coefficientTable(String key, Map<String, List<Double>> table) {
        if (table.isEmpty()) {
            add(key, table, "needs at least 1 entry");
        }
        table.forEach((k, coeffs) -> {
            if (coeffs.isEmpty()) {
                add(key, table, "entry '" + k + "' needs at least 1 coefficient");
            }
        });
    }

    private void add(String key, Object value, String message) {
        problems.add(new ConfigProblem(key, value, message));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
