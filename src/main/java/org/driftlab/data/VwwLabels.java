package org.driftlab.data;

import java.util.List;

/** The Visual Wake Words classes and their person rule. */
public final class VwwLabels {
    public static final List<String> CLASS_NAMES = List.of("not-person", "person");
    public static final int NOT_PERSON = 0;
    public static final int PERSON = 1;
    /** A person box counts when it covers more than this fraction of the image (0.5 %). */
    public static final double AREA_THRESHOLD = 0.005;

    private VwwLabels() {
    }

    /** The rule of pyvww and the newer TF-slim scripts: strictly more than 0.5 % of the image. */
    public static boolean countsAsPerson(double boxArea, double imageArea) {
        return boxArea / imageArea > AREA_THRESHOLD;
    }

    /** The older TF-slim rule: boxes below 0.5 % are small, so exactly 0.5 % counts. */
    public static boolean countsAsPersonInclusive(double boxArea, double imageArea) {
        return !(boxArea / imageArea < AREA_THRESHOLD);
    }
}
