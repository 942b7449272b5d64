package org.driftlab.config;

import java.util.List;

/** Drift exponent mean and std given at ascending conductances in µS, interpolated linearly between them. */
public record CustomDriftModel(List<Double> gLst, List<Double> nuMeanLst, List<Double> nuStdLst) {
    public CustomDriftModel {
        gLst = List.copyOf(gLst);
        nuMeanLst = List.copyOf(nuMeanLst);
        nuStdLst = List.copyOf(nuStdLst);
    }

    /** The model of aihwkit's example 31. */
    public static CustomDriftModel defaults() {
        return new CustomDriftModel(List.of(0.0, 10.0, 25.0), List.of(0.08, 0.05, 0.03), List.of(0.03, 0.02, 0.01));
    }
}
