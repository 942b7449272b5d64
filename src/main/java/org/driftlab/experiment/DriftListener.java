package org.driftlab.experiment;

/** The live results of a drift evaluation, as they are computed. */
public interface DriftListener extends JobListener {
    DriftListener NONE = new DriftListener() {
    };

    /** The digital network's score on the same images, sent once before the first point. */
    default void digital(Score score) {
    }

    /** The statistics at one time over the repetitions finished so far; sent after every (repetition, time). */
    default void point(DriftEvaluation.TimePoint point, boolean compensated) {
    }

    /** The layer histograms at one time, from the first repetition. */
    default void histograms(LayerHistograms.Snapshot snapshot) {
    }

    /** Wraps a plain listener. */
    static DriftListener of(JobListener listener) {
        if (listener instanceof DriftListener drift) {
            return drift;
        }
        return new DriftListener() {
            @Override
            public void progress(JobProgress progress) {
                listener.progress(progress);
            }

            @Override
            public void message(String text) {
                listener.message(text);
            }
        };
    }
}
