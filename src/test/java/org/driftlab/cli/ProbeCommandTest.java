package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probes end to end through the command line, as a user calls them. */
class ProbeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DriftlabCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void versionPrintsTheVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("DriftLab "), out.toString());
    }

    @Test
    void forwardWithAnIdealConfigIsTheExactProduct() throws Exception {
        Path config = write("ideal.yaml", "schema_version: 1\npreset: floating_point\n");
        Path weights = write("w.json", "[[1, 2], [3, -4]]");
        Path input = write("x.json", "[0.5, 0.25]");
        assertEquals(0, run("probe", "forward", "--config", config.toString(), "--weights", weights.toString(),
                "--input", input.toString()), err.toString());
        JsonNode output = JSON.readTree(out.toString()).get("output");
        assertEquals(1.0, output.get(0).asDouble(), 1e-6);
        assertEquals(0.5, output.get(1).asDouble(), 1e-6);
    }

    @Test
    void forwardQuantisesWithTheConfiguredConverters() throws Exception {
        // 4-step DAC (step 0.5 on [-1, 1]) and no other non-ideality: 0.3 rounds to 0.5, 0.2 to 0.
        Path config = write("dac.json", "{\"forward\": {\"inp_res\": 4, \"out_res\": -1, \"out_noise\": 0,"
                + " \"noise_management\": \"none\", \"bound_management\": \"none\"}}");
        Path weights = write("w.json", "[[1, 1]]");
        Path input = write("x.json", "[[0.3, 0.2], [-0.3, 0.8]]");
        assertEquals(0, run("probe", "forward", "--config", config.toString(), "--weights", weights.toString(),
                "--input", input.toString()), err.toString());
        JsonNode output = JSON.readTree(out.toString()).get("output");
        assertEquals(0.5, output.get(0).get(0).asDouble(), 1e-6);
        assertEquals(0.5, output.get(1).get(0).asDouble(), 1e-6);
    }

    @Test
    void mvmPrintsOneLinePerTime() throws Exception {
        assertEquals(0, run("probe", "mvm", "--preset", "inference_default", "--rows", "32", "--cols", "48",
                "--inputs", "50", "--times", "1s,1d", "--reps", "2", "--seed", "3"), err.toString());
        String[] lines = out.toString().trim().split("\n");
        assertEquals(2, lines.length);
        JsonNode day = JSON.readTree(lines[1]);
        assertEquals(86400.0, day.get("t").asDouble());
        for (String key : new String[] {"mvm_rel_error_mean", "mvm_rel_error_std", "alpha_mean", "weight_error_std"}) {
            assertTrue(day.has(key), key);
        }
        assertTrue(day.get("alpha_mean").asDouble() > 1.2);
    }

    @Test
    void deviceProbeFollowsThePcmDriftAtGmax() throws Exception {
        assertEquals(0, run("probe", "device", "--g-target", "25", "--times", "1h", "--samples", "20000",
                "--seed", "1"), err.toString());
        JsonNode target = JSON.readTree(out.toString()).get("targets").get(0);
        assertEquals(1.0554, target.get("prog_sigma").asDouble(), 1e-3);
        assertEquals(0.049, target.get("nu_mean").asDouble(), 0.049 * 0.02);
        // Spec 12.3: a device at g_max keeps 0.7758 of its conductance on average after one hour.
        assertEquals(25 * 0.7758, target.get("times").get(0).get("g_mean").asDouble(), 25 * 0.7758 * 0.02);
    }

    @Test
    void badInputGivesExitCodeTwoAndAClearMessage() throws Exception {
        assertEquals(2, run("probe", "mvm", "--rows", "4", "--cols", "4", "--times", "soon"));
        assertTrue(err.toString().contains("'soon' is not a time"), err.toString());

        Path weights = write("w.json", "[[1, 2], [3]]");
        Path input = write("x.json", "[1, 2]");
        assertEquals(2, run("probe", "forward", "--weights", weights.toString(), "--input", input.toString()));
        assertTrue(err.toString().contains("row [1] has 1 numbers"), err.toString());

        Path wide = write("wide.json", "[[1, 2, 3]]");
        assertEquals(2, run("probe", "forward", "--weights", wide.toString(), "--input", input.toString()));
        assertTrue(err.toString().contains("input vector 0 has 2 entries, but the weights have 3 columns"), err.toString());

        Path config = write("bad.yaml", "forward:\n  out_noise: [1\n");
        assertEquals(2, run("probe", "mvm", "--config", config.toString(), "--rows", "4", "--cols", "4", "--times", "1"));
        assertTrue(err.toString().contains("bad.yaml"), err.toString());

        assertEquals(2, run("probe", "mvm", "--rows", "4"));
        assertEquals(2, run("probe", "device", "--g-target", "-1", "--times", "1"));
        assertTrue(err.toString().contains("--g-target -1.0 is not allowed"), err.toString());
    }
}
