package org.driftlab;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds what DriftLab ships in its {@code assets/} folder (the embedded data set, the shipped models):
 * {@code <driftlab.assets>/NAME} when that system property is set, else the first {@code assets/NAME} found from
 * the working directory or the application's location upwards (the repository, or an installed application).
 */
public final class Assets {
    public static final String PROPERTY = "driftlab.assets";

    private Assets() {
    }

    public static Path find(String name) {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).resolve(name);
        }
        for (Path start : searchStarts()) {
            for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
                Path candidate = folder.resolve("assets").resolve(name);
                if (Files.exists(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("assets/" + name + " was not found from " + Path.of("").toAbsolutePath()
                + " or the application's folder; set -D" + PROPERTY + "=FOLDER (the folder holding " + name + ")");
    }

    private static List<Path> searchStarts() {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            Path code = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return List.of(cwd, code);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return List.of(cwd);
        }
    }
}
