package org.driftlab.app;

import java.util.ArrayList;
import java.util.List;

/** The style sheets of the light and dark themes and of presentation mode. */
final class Themes {
    private Themes() {
    }

    static List<String> stylesheets(String theme, boolean presentation) {
        List<String> sheets = new ArrayList<>();
        sheets.add(sheet("driftlab.css"));
        if (MainWindow.DARK.equals(theme)) {
            sheets.add(sheet("dark.css"));
        }
        if (presentation) {
            sheets.add(sheet("presentation.css"));
        }
        return sheets;
    }

    private static String sheet(String name) {
        return Themes.class.getResource("/org/driftlab/app/" + name).toExternalForm();
    }
}
