package org.driftlab.experiment.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs on disk: one folder per run under a runs folder (by default {@code ~/.driftlab/runs}, or the
 * {@code DRIFTLAB_RUNS} environment variable), or exactly the folder the user names.
 */
public final class RunStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;

    public RunStore(Path root) {
        this.root = root;
    }

    public static RunStore standard() {
        String env = System.getenv("DRIFTLAB_RUNS");
        Path root = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".driftlab", "runs");
        return new RunStore(root);
    }

    public Path root() {
        return root;
    }

    /** A new folder for a run: {@code exactly} when given, else a dated folder named after the run. */
    public Path newRunFolder(String name, Path exactly) throws IOException {
        if (exactly != null) {
            Files.createDirectories(exactly);
            return exactly;
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = root.resolve(STAMP.format(LocalDateTime.now()) + "-" + safe);
        for (int i = 2; Files.exists(folder); i++) {
            folder = root.resolve(STAMP.format(LocalDateTime.now()) + "-" + safe + "-" + i);
        }
        Files.createDirectories(folder);
        return folder;
    }

    /** The run folders under the root (those holding a run.json), newest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(dir -> Files.isRegularFile(dir.resolve(RunFiles.RUN))).forEach(runs::add);
        }
        runs.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return runs;
    }
}
