package org.driftlab.app;

import java.awt.GraphicsEnvironment;
import javafx.application.Application;

/** Opens the desktop explorer; where there is no display it says so and points to the command line. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Returns the exit status once the window is closed. */
    public static int open(String[] args) {
        String display = System.getenv("DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (GraphicsEnvironment.isHeadless() || linux && (display == null || display.isBlank())
                && System.getenv("WAYLAND_DISPLAY") == null) {
            System.err.println("driftlab: no display to open the desktop explorer on (DISPLAY is not set). "
                    + "Run it in a desktop session, under xvfb-run, or use the command line: driftlab --help");
            return 1;
        }
        Application.launch(DesktopApp.class, args);
        return 0;
    }
}
