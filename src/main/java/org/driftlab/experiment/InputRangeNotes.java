package org.driftlab.experiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.driftlab.model.Network;

/** Restores a checkpoint's input ranges onto an analog network and says when some could not be used. */
final class InputRangeNotes {
    private InputRangeNotes() {
    }

    static Optional<String> restore(Network analog, Map<String, List<Double>> ranges) {
        List<String> unfit = analog.restoreInputRanges(ranges);
        if (unfit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the checkpoint's input ranges of " + unfit.size() + " layer(s) are not used (e.g. "
                + unfit.get(0) + "): this configuration has no input range there (pre_post.input_range.enable) or "
                + "splits the layer into other tiles");
    }
}
