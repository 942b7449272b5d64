package org.driftlab.app.settings;

import java.util.ArrayList;
import java.util.List;

/** A most-recent-first list without repeats, cut to a length. */
final class RecentFiles {
    private RecentFiles() {
    }

    static List<String> push(List<String> recent, String path, int max) {
        List<String> next = new ArrayList<>();
        next.add(path);
        recent.stream().filter(p -> !p.equals(path)).limit(max - 1L).forEach(next::add);
        return next;
    }
}
