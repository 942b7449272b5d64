package org.driftlab.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by the Visual Wake Words formats. */
final class VwwDatasets {
    private VwwDatasets() {
    }

    static void requireRoot(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("image root is not a folder: " + root);
        }
    }
}
