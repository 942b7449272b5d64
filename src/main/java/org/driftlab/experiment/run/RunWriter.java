package org.driftlab.experiment.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.driftlab.AtomicFiles;

/** Writes the files of one run folder; every file is replaced whole (temporary file and move), the log appended. */
public final class RunWriter {
    public static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path folder;
    private final ObjectNode run;

    /** Starts a run record: status running, start time now. */
    public RunWriter(Path folder, ObjectNode header) {
        this.folder = folder;
        this.run = header.deepCopy();
        run.put("status", "running");
        run.put("started", Instant.now().toString());
        writeRun();
    }

    public Path folder() {
        return folder;
    }

    public void put(String key, Object value) {
        run.set(key, JSON.valueToTree(value));
        writeRun();
    }

    /** Ends the record: completed, cancelled or failed, with the end time. */
    public void finish(String status) {
        run.put("status", status);
        run.put("ended", Instant.now().toString());
        writeRun();
    }

    public void writeJson(String relativePath, Object value) {
        try {
            AtomicFiles.write(folder.resolve(relativePath), JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeText(String relativePath, String text) {
        try {
            AtomicFiles.write(folder.resolve(relativePath), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void log(String line) {
        try {
            Files.writeString(folder.resolve(RunFiles.LOG), Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRun() {
        try {
            AtomicFiles.write(folder.resolve(RunFiles.RUN), JSON.writeValueAsString(run));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }
}
