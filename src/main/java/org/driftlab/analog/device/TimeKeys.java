package org.driftlab.analog.device;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Looks up tables keyed by numbers written as strings ("86400", "0.2"), matching keys by numeric value. */
final class TimeKeys {
    private TimeKeys() {
    }

    static <V> Optional<V> find(Map<String, V> table, double key) {
        return table.entrySet().stream().filter(e -> Double.parseDouble(e.getKey()) == key)
                .map(Map.Entry::getValue).findFirst();
    }

    static <V> V smallest(Map<String, V> table) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a coefficient table must not be empty");
        }
        return table.get(sortedKeys(table).get(0));
    }

    static List<String> sortedKeys(Map<String, ?> table) {
        return table.keySet().stream().sorted(Comparator.comparingDouble(Double::parseDouble))
                .collect(Collectors.toList());
    }
}
