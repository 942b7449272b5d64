package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.driftlab.experiment.JobProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void rendersBarPercentTimeLeftAndMetrics() {
        String line = TerminalProgress.render(new JobProgress("epoch 1/3", 25, 100, Map.of("loss", 0.5)), 30);
        assertEquals("epoch 1/3 [######------------------]  25% 25/100 1m30s left  loss 0.5000", line);
    }

    @Test
    void pipedOutputGetsTheFinalLineOfEachStage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        for (int i = 1; i <= 100; i++) {
            progress.progress(new JobProgress("eval", i, 100, Map.of()));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("eval [########################] 100% 100/100"), text);
        assertTrue(text.lines().count() <= 2, text);
    }

    @Test
    void durationsAreShort() {
        assertEquals("45s", TerminalProgress.duration(45));
        assertEquals("2m05s", TerminalProgress.duration(125));
        assertEquals("1h01m", TerminalProgress.duration(3660));
    }
}
