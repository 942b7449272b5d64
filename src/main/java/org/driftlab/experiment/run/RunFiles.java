package org.driftlab.experiment.run;

/** The names of the files in a run folder. */
public final class RunFiles {
    public static final String RUN = "run.json";
    public static final String RESULTS_JSON = "results.json";
    public static final String RESULTS_CSV = "results.csv";
    public static final String HISTOGRAMS = "histograms";
    public static final String LOG = "log.txt";

    private RunFiles() {
    }
}
