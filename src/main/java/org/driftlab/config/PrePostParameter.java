package org.driftlab.config;

/** Digital pre- and post-processing around the tile (aihwkit {@code PrePostProcessingParameter}). */
public record PrePostParameter(InputRangeParameter inputRange) {
    public static PrePostParameter defaults() {
        return new PrePostParameter(InputRangeParameter.defaults());
    }
}
