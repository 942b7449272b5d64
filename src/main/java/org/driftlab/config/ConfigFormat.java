package org.driftlab.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of a configuration, chosen by file extension. */
public enum ConfigFormat {
    JSON, YAML;

    public static final String ALLOWED_EXTENSIONS = ".json, .yaml, .yml";

    /** The format of a file by its extension, or empty when the extension is none of {@link #ALLOWED_EXTENSIONS}. */
    public static Optional<ConfigFormat> fromPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
