package org.driftlab.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftlab.AtomicFiles;

/** Reading and writing configuration files (JSON or YAML, chosen by extension). */
public final class ConfigFiles {
    private ConfigFiles() {
    }

    /**
     * Loads, resolves (preset plus the file's keys) and validates a configuration file.
     *
     * @throws ConfigException naming the file and every problem in it
     */
    public static RpuConfig load(Path path) {
        ConfigFormat format = formatOf(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(path.toString(), List.of(new ConfigProblem("", null,
                    "cannot read the file: " + e)));
        }
        return parse(text, format, path.toString());
    }

    /**
     * Resolves and validates configuration text.
     *
     * @param sourceName the name used in error messages (a file name), or null
     */
    public static RpuConfig parse(String text, ConfigFormat format, String sourceName) {
        return ConfigResolver.resolve(readTree(text, format, sourceName), sourceName);
    }

    /** The raw tree of configuration text, before presets and validation. */
    public static JsonNode readTree(String text, ConfigFormat format, String sourceName) {
        JsonNode tree;
        try {
            tree = ConfigMappers.of(format).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(sourceName, List.of(new ConfigProblem("", null,
                    "malformed " + format + where + ": " + e.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ConfigException(sourceName, List.of(new ConfigProblem("", null,
                    "the file is empty; it must hold a mapping of keys (schema_version, preset, forward, ...)")));
        }
        return tree;
    }

    /** Writes the fully resolved config; a crash never leaves half a file (temp file, then atomic move). */
    public static void save(RpuConfig config, Path path) {
        String text = toText(config, formatOf(path));
        try {
            AtomicFiles.write(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public static String toJson(RpuConfig config) {
        return toText(config, ConfigFormat.JSON);
    }

    public static String toYaml(RpuConfig config) {
        return toText(config, ConfigFormat.YAML);
    }

    /** The fully resolved config as file text, {@code schema_version} first. */
    public static String toText(RpuConfig config, ConfigFormat format) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(ConfigResolver.SCHEMA_VERSION_KEY, ConfigResolver.SCHEMA_VERSION);
        root.setAll(ConfigTree.toTree(config));
        try {
            String text = ConfigMappers.of(format).writeValueAsString(root);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config tree always serialises", e);
        }
    }

    private static ConfigFormat formatOf(Path path) {
        return ConfigFormat.fromPath(path).orElseThrow(() -> new ConfigException(path.toString(), List.of(
                new ConfigProblem("", path.getFileName(), "unsupported file extension; allowed: "
                        + ConfigFormat.ALLOWED_EXTENSIONS))));
    }
}
