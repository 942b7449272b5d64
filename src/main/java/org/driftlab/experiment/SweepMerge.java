package org.driftlab.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.driftlab.AtomicFiles;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;

/** Joins the shards of a sweep (each a sweep folder) into one sweep folder with all finished points. */
public final class SweepMerge {
    private SweepMerge() {
    }

    /** @return the number of points in the merged sweep */
    public static int merge(List<Path> shards, Path out) throws IOException {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("give at least one shard folder to merge");
        }
        ObjectNode header = null;
        for (Path shard : shards) {
            Path run = shard.resolve(RunFiles.RUN);
            if (!Files.isRegularFile(run)) {
                throw new IllegalArgumentException(shard + " is not a sweep folder (no " + RunFiles.RUN + ")");
            }
            ObjectNode record = (ObjectNode) RunWriter.read(run);
            if (!"sweep".equals(record.path("kind").asText())) {
                throw new IllegalArgumentException(shard + " is a " + record.path("kind").asText() + " run, not a sweep");
            }
            if (header == null) {
                header = record;
            } else if (!header.get("experiment").equals(record.get("experiment"))) {
                throw new IllegalArgumentException(shard + " comes from another experiment than " + shards.get(0)
                        + ": only shards of the same sweep merge");
            }
        }
        Files.createDirectories(out.resolve(SweepResults.POINTS));
        for (Path shard : shards) {
            for (Path point : SweepResults.completedPoints(shard)) {
                copyTree(point, out.resolve(SweepResults.POINTS).resolve(point.getFileName()));
            }
        }
        header.put("shard", "merged from " + shards.size());
        header.put("status", SweepResults.completedPoints(out).size() == header.get("points").asInt()
                ? "completed" : "partial");
        AtomicFiles.write(out.resolve(RunFiles.RUN), RunWriter.JSON.writeValueAsString(header));
        SweepResults.write(out);
        return SweepResults.completedPoints(out).size();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
