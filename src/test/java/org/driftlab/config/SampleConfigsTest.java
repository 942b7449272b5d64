package org.driftlab.config;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every RPU configuration shipped in sample-configs/rpu loads without a problem. */
class SampleConfigsTest {
    @Test
    void everySampleRpuConfigIsValid() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("sample-configs", "rpu"))) {
            files = listing.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ConfigFiles.load(file);
        }
    }
}
