package org.driftlab.cli;

import org.driftlab.config.ConfigFiles;
import org.driftlab.config.ConfigFormat;
import org.driftlab.config.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ConfigCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void showPrintsTheResolvedConfigAsYamlOrJson() throws Exception {
        Path file = write("c.yaml", "preset: hpml_2022\nforward: {w_noise: 0.02}\n");
        assertEquals(0, run("show", file.toString()));
        assertTrue(out.toString().startsWith("schema_version: 1\nforward:\n"), out.toString());
        assertEquals(0.02, ConfigFiles.parse(out.toString(), ConfigFormat.YAML, null).forward().wNoise());
        assertEquals(160.0, ConfigFiles.parse(out.toString(), ConfigFormat.YAML, null).noiseModel().gMax());
        out.getBuffer().setLength(0);
        assertEquals(0, run("show", "--format", "json", file.toString()));
        assertTrue(out.toString().startsWith("{"), out.toString());
        assertEquals(2, run("show", "--format", "xml", file.toString()));
        assertTrue(err.toString().contains("allowed: json, yaml"));
    }

    @Test
    void validateReportsValidOrTheProblemsWithExitCodeTwo() throws Exception {
        Path good = write("good.json", "{\"schema_version\": 1, \"preset\": \"hermes\"}");
        assertEquals(0, run("validate", good.toString()));
        assertEquals(good + ": valid", out.toString().trim());
        Path bad = write("bad.json", "{\"forward\": {\"out_noise\": -1, \"w_noise_type\": \"pcm\"}}");
        assertEquals(2, run("validate", bad.toString()));
        String message = err.toString();
        assertTrue(message.contains(bad + ": forward.out_noise: out of range"), message);
        assertTrue(message.contains(bad + ": forward.w_noise_type: unknown value"), message);
        assertTrue(message.contains("none, additive_constant, pcm_read"), message);
    }

    @Test
    void badFilesGiveExitCodeTwo() throws Exception {
        assertEquals(2, run("validate", folder.resolve("missing.yaml").toString()));
        assertTrue(err.toString().contains("cannot read the file"), err.toString());
        Path text = write("c.txt", "{}");
        assertEquals(2, run("validate", text.toString()));
        assertTrue(err.toString().contains("allowed: .json, .yaml, .yml"), err.toString());
        assertEquals(2, run("validate"));
        assertEquals(2, run("nope"));
    }

    @Test
    void exportPrintsThePythonSnippet() throws Exception {
        Path file = write("c.yml", "preset: " + Presets.HPML_2022 + "\n");
        assertEquals(0, run("export-aihwkit", file.toString()));
        assertTrue(out.toString().contains("rpu_config = InferenceRPUConfig()\n"));
        assertTrue(out.toString().contains("rpu_config.noise_model = PCMLikeNoiseModel(g_max=160.0)\n"));
    }

    @Test
    void paramsPrintsTheCatalog() {
        assertEquals(0, run("params"));
        String basic = out.toString();
        assertTrue(basic.startsWith("| key | default | unit | range | description |"));
        assertFalse(basic.contains("forward.max_bm_res"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("params", "--advanced"));
        assertTrue(out.toString().contains("forward.max_bm_res"));
    }
}
