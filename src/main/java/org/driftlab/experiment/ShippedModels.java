package org.driftlab.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.Assets;

/** The models that ship in assets/models, by id: default-digital and default-hwa (SqueezeNet 1.1, Fashion-MNIST). */
public final class ShippedModels {
    public static final List<String> IDS = List.of("default-digital", "default-hwa");

    private ShippedModels() {
    }

    public static Path checkpoint(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("--model " + id + " is not a shipped model; allowed: "
                    + String.join(", ", IDS) + " (or give --checkpoint FILE)");
        }
        Path file = Assets.find("models").resolve(id + ".ckpt");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the shipped model " + id + " is missing: expected " + file);
        }
        return file;
    }
}
