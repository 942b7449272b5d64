package org.driftlab.app.settings;

import java.util.List;

/**
 * What the app remembers between starts: window geometry and divider positions, the theme, presentation mode,
 * the advanced toggle and recent files. Unknown or missing fields fall back to the defaults.
 */
public record AppSettings(double windowX, double windowY, double windowWidth, double windowHeight,
                          boolean maximized, double leftDivider, double bottomDivider, String theme,
                          boolean presentation, boolean advanced, List<String> recentConfigs,
                          List<String> recentExperiments) {
    public static final int MAX_RECENT = 8;

    public AppSettings {
        recentConfigs = recentConfigs == null ? List.of() : List.copyOf(recentConfigs);
        recentExperiments = recentExperiments == null ? List.of() : List.copyOf(recentExperiments);
        theme = theme == null ? "light" : theme;
    }

    public static AppSettings defaults() {
        return new AppSettings(Double.NaN, Double.NaN, 1400, 900, false, 0.32, 0.8, "light", false, false,
                List.of(), List.of());
    }

    public AppSettings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new AppSettings(x, y, width, height, isMaximized, leftDivider, bottomDivider, theme, presentation,
                advanced, recentConfigs, recentExperiments);
    }

    public AppSettings withDividers(double left, double bottom) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, left, bottom, theme,
                presentation, advanced, recentConfigs, recentExperiments);
    }

    public AppSettings withDisplay(String newTheme, boolean isPresentation, boolean isAdvanced) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, leftDivider, bottomDivider,
                newTheme, isPresentation, isAdvanced, recentConfigs, recentExperiments);
    }

    public AppSettings withRecentConfig(String path) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, leftDivider, bottomDivider,
                theme, presentation, advanced, RecentFiles.push(recentConfigs, path, MAX_RECENT), recentExperiments);
    }

    public AppSettings withRecentExperiment(String path) {
        return new AppSettings(windowX, windowY, windowWidth, windowHeight, maximized, leftDivider, bottomDivider,
                theme, presentation, advanced, recentConfigs, RecentFiles.push(recentExperiments, path, MAX_RECENT));
    }
}
