package org.driftlab.experiment.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The leaves where JSON trees differ, by dotted key path (for comparing the configurations of runs). */
public final class TreeDiff {
    private TreeDiff() {
    }

    /** Key path → the value in each tree ("" where a tree lacks it); only paths whose values differ. */
    public static Map<String, List<String>> of(List<JsonNode> trees) {
        Map<String, String[]> leaves = new TreeMap<>();
        for (int i = 0; i < trees.size(); i++) {
            collect(trees.get(i), "", i, trees.size(), leaves);
        }
        Map<String, List<String>> differences = new TreeMap<>();
        leaves.forEach((path, values) -> {
            if (new TreeSet<>(List.of(values)).size() > 1) {
                differences.put(path, List.of(values));
            }
        });
        return differences;
    }

    private static void collect(JsonNode node, String path, int index, int count, Map<String, String[]> leaves) {
        if (node != null && node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), index, count,
                        leaves);
            }
            return;
        }
        String[] values = leaves.computeIfAbsent(path, p -> {
            String[] empty = new String[count];
            java.util.Arrays.fill(empty, "");
            return empty;
        });
        values[index] = node == null ? "" : node.toString();
    }
}
