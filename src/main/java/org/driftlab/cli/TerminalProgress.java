package org.driftlab.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.driftlab.experiment.JobListener;
import org.driftlab.experiment.JobProgress;

/**
 * A progress bar with time left on stderr: redrawn in place at most ten times a second on a terminal, one line
 * every few seconds when stderr is a file or a pipe.
 */
final class TerminalProgress implements JobListener {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean interactive;
    private final long intervalNanos;
    private long lastDraw;
    private String stage = "";
    private long stageStart = System.nanoTime();
    private boolean lineOpen;

    TerminalProgress(PrintStream out) {
        this(out, System.console() != null);
    }

    TerminalProgress(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
        this.intervalNanos = interactive ? 100_000_000L : 5_000_000_000L;
    }

    @Override
    public synchronized void progress(JobProgress progress) {
        long now = System.nanoTime();
        if (!progress.stage().equals(stage)) {
            finishLine();
            stage = progress.stage();
            stageStart = now;
            lastDraw = 0;
        }
        boolean last = progress.done() >= progress.total();
        if (!last && now - lastDraw < intervalNanos) {
            return;
        }
        lastDraw = now;
        String line = render(progress, (now - stageStart) / 1e9);
        if (interactive) {
            out.print("\r" + line + "\u001b[K");
            lineOpen = true;
            if (last) {
                finishLine();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void message(String text) {
        finishLine();
        out.println(text);
        out.flush();
    }

    private void finishLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }

    static String render(JobProgress progress, double elapsedSeconds) {
        double fraction = progress.fraction();
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String left = fraction > 0 && fraction < 1 ? " " + duration(elapsedSeconds * (1 - fraction) / fraction) + " left"
                : fraction >= 1 ? " " + duration(elapsedSeconds) : "";
        String metrics = progress.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4g", e.getValue()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s [%s] %3.0f%% %d/%d%s%s", progress.stage(), bar, fraction * 100,
                progress.done(), progress.total(), left, metrics.isEmpty() ? "" : "  " + metrics);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
