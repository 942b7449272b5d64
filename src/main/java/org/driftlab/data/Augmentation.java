package org.driftlab.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What training does to each image before it reaches the network: a random crop (after zero padding for
 * Fashion-MNIST, inside the resized image for Visual Wake Words) and a random horizontal flip, only the flip, or
 * nothing (the evaluation pipeline).
 */
public enum Augmentation {
    CROP_FLIP("crop-flip"),
    FLIP("flip"),
    NONE("none");

    private final String id;

    Augmentation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean crops() {
        return this == CROP_FLIP;
    }

    public boolean flips() {
        return this != NONE;
    }

    public static Augmentation parse(String text) {
        for (Augmentation augmentation : values()) {
            if (augmentation.id.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return augmentation;
            }
        }
        throw new IllegalArgumentException("unknown augmentation '" + text + "'; allowed: "
                + Arrays.stream(values()).map(Augmentation::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
