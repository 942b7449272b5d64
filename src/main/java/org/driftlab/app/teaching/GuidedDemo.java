package org.driftlab.app.teaching;

import java.util.Map;

/**
 * A ready-made experiment for teaching: a preset with a few overrides, and one line saying what to watch.
 *
 * @param overrides configuration keys set on top of the preset
 * @param compareUncompensated whether the run also shows the curve without drift compensation
 */
public record GuidedDemo(String title, String watch, String preset, Map<String, Object> overrides,
                         boolean compareUncompensated) {
    public GuidedDemo {
        overrides = Map.copyOf(overrides);
    }
}
