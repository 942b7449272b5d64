package org.driftlab.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.RpuConfig;

/** The key paths where two configurations differ, from their resolved trees. */
public final class ConfigDiff {
    private static final String ABSENT = "(absent)";

    private ConfigDiff() {
    }

    public static List<ConfigDifference> between(RpuConfig stored, RpuConfig given) {
        List<ConfigDifference> differences = new ArrayList<>();
        walk("", ConfigTree.toTree(stored), ConfigTree.toTree(given), differences);
        return differences;
    }

    private static void walk(String path, JsonNode stored, JsonNode given, List<ConfigDifference> out) {
        if (stored != null && given != null && stored.isObject() && given.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            stored.fieldNames().forEachRemaining(keys::add);
            for (Iterator<String> it = given.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            for (String key : keys) {
                walk(path.isEmpty() ? key : path + "." + key, stored.get(key), given.get(key), out);
            }
        } else if (stored == null || given == null || !stored.equals(given)) {
            out.add(new ConfigDifference(path, stored == null ? ABSENT : stored.toString(),
                    given == null ? ABSENT : given.toString()));
        }
    }
}
