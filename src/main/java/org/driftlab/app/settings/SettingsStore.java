package org.driftlab.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.driftlab.AtomicFiles;

/**
 * Loads and saves {@link AppSettings} as JSON ($DRIFTLAB_SETTINGS, or ~/.driftlab/settings.json). A missing or
 * unreadable file gives the defaults (an unreadable one is reported once, never fatal); saving replaces the file
 * atomically.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private AppSettings current;
    private String loadProblem;

    public SettingsStore(Path file) {
        this.file = file;
        this.current = load();
    }

    public static SettingsStore standard() {
        String override = System.getenv("DRIFTLAB_SETTINGS");
        Path file = override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".driftlab", "settings.json");
        return new SettingsStore(file);
    }

    public Path file() {
        return file;
    }

    public synchronized AppSettings get() {
        return current;
    }

    /** Why the settings file could not be read, when it could not (the defaults are used instead). */
    public synchronized String loadProblem() {
        return loadProblem;
    }

    public synchronized void update(UnaryOperator<AppSettings> change) {
        current = change.apply(current);
    }

    /** Writes the current settings; a failure is returned as a message, never thrown. */
    public synchronized String save() {
        try {
            byte[] bytes = JSON.writeValueAsBytes(current);
            AtomicFiles.write(file, out -> out.write(bytes));
            return null;
        } catch (IOException e) {
            return "could not save the settings to " + file + ": " + e.getMessage();
        }
    }

    private AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.defaults();
        }
        try {
            AppSettings read = JSON.readValue(file.toFile(), AppSettings.class);
            return read == null ? AppSettings.defaults() : read;
        } catch (IOException e) {
            loadProblem = "the settings file " + file + " could not be read (" + e.getMessage()
                    + "); using the defaults";
            return AppSettings.defaults();
        }
    }
}
