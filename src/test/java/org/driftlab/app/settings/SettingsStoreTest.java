package org.driftlab.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void roundTripsWindowThemeAndRecentFiles() {
        Path file = folder.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.update(s -> s.withWindow(10, 20, 1200, 800, false).withDisplay("dark", true, false)
                .withRecentExperiment("a.yaml").withRecentExperiment("b.yaml").withRecentExperiment("a.yaml"));
        assertNull(store.save());
        AppSettings read = new SettingsStore(file).get();
        assertEquals(1200, read.windowWidth());
        assertEquals("dark", read.theme());
        assertTrue(read.presentation());
        assertEquals(List.of("a.yaml", "b.yaml"), read.recentExperiments());
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndSaysWhy() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{ not json");
        SettingsStore store = new SettingsStore(file);
        assertEquals(AppSettings.defaults().theme(), store.get().theme());
        assertNotNull(store.loadProblem());
        assertTrue(store.loadProblem().contains(file.toString()), store.loadProblem());
    }

    @Test
    void recentListsAreCut() {
        AppSettings settings = AppSettings.defaults();
        for (int i = 0; i < 20; i++) {
            settings = settings.withRecentConfig("c" + i + ".yaml");
        }
        assertEquals(AppSettings.MAX_RECENT, settings.recentConfigs().size());
        assertEquals("c19.yaml", settings.recentConfigs().get(0));
    }
}
