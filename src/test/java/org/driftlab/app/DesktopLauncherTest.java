package org.driftlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DesktopLauncherTest {
    @Test
    void withoutADisplayItSaysSoAndPointsToTheCommandLine() {
        // The tests run with java.awt.headless=true (see the pom), as on a server without a desktop.
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, DesktopLauncher.open(new String[0]));
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("no display") && text.contains("driftlab --help"), text);
    }
}
