package org.driftlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/parameters.md is generated from the parameter catalog; regenerate it when a parameter changes. */
class ParameterDocsTest {
    @Test
    void parameterTableIsUpToDate() throws IOException {
        assertEquals(ParameterCatalog.toMarkdown(true), Files.readString(Path.of("docs", "parameters.md")),
                "regenerate with: ./driftlab config params --advanced > docs/parameters.md");
    }
}
