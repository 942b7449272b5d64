package org.driftlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads numbers for the probes: a JSON array of rows, or one vector. Errors name the file and the position. */
final class MatrixFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MatrixFiles() {
    }

    /** A JSON array of rows of numbers. */
    static float[][] readMatrix(Path file) throws IOException {
        JsonNode root = parse(file);
        if (!root.isArray() || root.isEmpty() || !root.get(0).isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of rows, e.g. [[0.1, -0.2], [0.3, 0.4]]");
        }
        return rows(file, root);
    }

    /** Input vectors, and whether the file held a single vector rather than an array of them. */
    record Vectors(float[][] rows, boolean single) {
    }

    /** One vector [x1, x2, ...] or an array of vectors. */
    static Vectors readVectors(Path file) throws IOException {
        JsonNode root = parse(file);
        if (!root.isArray() || root.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected a vector [x1, x2, ...] or an array of vectors");
        }
        if (root.get(0).isArray()) {
            return new Vectors(rows(file, root), false);
        }
        return new Vectors(new float[][] {row(file, root, "")}, true);
    }

    private static JsonNode parse(Path file) throws IOException {
        String text = Files.readString(file);
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static float[][] rows(Path file, JsonNode root) {
        float[][] rows = new float[root.size()][];
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            if (!node.isArray() || node.isEmpty()) {
                throw new IllegalArgumentException(file + ": entry [" + i + "] must be a non-empty array of numbers");
            }
            rows[i] = row(file, node, "[" + i + "]");
            if (rows[i].length != rows[0].length) {
                throw new IllegalArgumentException(file + ": row [" + i + "] has " + rows[i].length
                        + " numbers, row [0] has " + rows[0].length + ": all rows must have the same length");
            }
        }
        return rows;
    }

    private static float[] row(Path file, JsonNode node, String prefix) {
        float[] values = new float[node.size()];
        for (int j = 0; j < node.size(); j++) {
            JsonNode value = node.get(j);
            if (!value.isNumber()) {
                throw new IllegalArgumentException(file + ": entry " + prefix + "[" + j + "] is " + value
                        + ", expected a number");
            }
            values[j] = value.floatValue();
        }
        return values;
    }
}
