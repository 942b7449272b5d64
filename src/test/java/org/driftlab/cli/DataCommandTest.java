package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code data inspect} as a user calls it: one JSON object on success, exit code 2 and a clear message on bad input. */
class DataCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new DataCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private JsonNode inspect(String... args) throws Exception {
        String[] full = new String[args.length + 1];
        full[0] = "inspect";
        System.arraycopy(args, 0, full, 1, args.length);
        assertEquals(0, run(full), err.toString());
        String[] lines = out.toString().trim().split("\n");
        assertEquals(1, lines.length, out.toString());
        return JSON.readTree(lines[0]);
    }

    private Path image(String relative, int width, int height) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        String format = relative.endsWith(".png") ? "png" : "jpeg";
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, file.toFile());
        return file;
    }

    private Path corrupt(String relative) throws Exception {
        byte[] bytes = new byte[200];
        new Random(3).nextBytes(bytes);
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void inspectsAPyvwwSet() throws Exception {
        image("a.jpg", 10, 6);
        image("b.png", 20, 8);
        corrupt("c.jpg");
        Path annotations = root.resolve("instances_val.json");
        JSON.writeValue(annotations.toFile(), Map.of(
                "images", List.of(Map.of("id", 1, "file_name", "a.jpg", "width", 10, "height", 6),
                        Map.of("id", 2, "file_name", "b.png", "width", 20, "height", 8),
                        Map.of("id", 3, "file_name", "c.jpg", "width", 10, "height", 10),
                        Map.of("id", 4, "file_name", "missing.jpg", "width", 10, "height", 10)),
                "categories", List.of(Map.of("id", 0, "name", "not-person"), Map.of("id", 1, "name", "person")),
                "annotations", List.of(Map.of("id", 0, "image_id", 2, "category_id", 1, "area", 50.0))));
        JsonNode report = inspect("--format", "pyvww", "--root", root.toString(), "--annotations",
                annotations.toString(), "--threads", "2");
        assertEquals("pyvww", report.get("format").asText());
        assertEquals(4, report.get("images").asInt());
        assertEquals(1, report.get("labels").get("person").asInt());
        assertEquals(3, report.get("labels").get("not-person").asInt());
        JsonNode unreadable = report.get("unreadable");
        assertEquals(2, unreadable.size());
        assertTrue(unreadable.get(0).get("file").asText().endsWith("c.jpg"));
        assertTrue(unreadable.get(1).get("file").asText().endsWith("missing.jpg"));
        assertTrue(unreadable.get(1).get("reason").asText().length() > 0);
        JsonNode width = report.get("image_size").get("width");
        assertEquals(10, width.get("min").asInt());
        assertEquals(20, width.get("max").asInt());
        assertEquals(15.0, width.get("mean").asDouble(), 1e-9);
        assertEquals(7.0, report.get("image_size").get("height").get("mean").asDouble(), 1e-9);
    }

    @Test
    void inspectsFoldersAndMlperfTinyAndIdx() throws Exception {
        image("folders/person/p.png", 4, 4);
        image("folders/non_person/n1.png", 4, 4);
        image("folders/non_person/n2.png", 6, 4);
        JsonNode folders = inspect("--format", "folders", "--root", root.resolve("folders").toString());
        assertEquals(1, folders.get("labels").get("person").asInt());
        assertEquals(2, folders.get("labels").get("not-person").asInt());
        assertEquals(0, folders.get("unreadable").size());

        out.getBuffer().setLength(0);
        Path bins = Files.createDirectories(root.resolve("bins"));
        Files.write(bins.resolve("1.bin"), new byte[96 * 96 * 3]);
        Files.writeString(bins.resolve("y_labels.csv"), "1.bin,2,1\n");
        JsonNode mlperf = inspect("--format", "mlperf-tiny", "--root", bins.toString());
        assertEquals(96, mlperf.get("image_size").get("width").get("max").asInt());
        assertEquals(1, mlperf.get("labels").get("person").asInt());

        out.getBuffer().setLength(0);
        JsonNode idx = inspect("--format", "idx", "--root", "assets/fashion-mnist");
        assertEquals(10_000, idx.get("images").asInt());
        assertEquals(1000, idx.get("labels").get("T-shirt/top").asInt());
        assertEquals(1000, idx.get("labels").get("Ankle boot").asInt());
        assertEquals(28, idx.get("image_size").get("height").get("min").asInt());
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhatIsAllowed() throws Exception {
        assertBadInput("unknown dataset format 'voc'; allowed: pyvww, coco, tf-slim, folders, mlperf-tiny, idx",
                "inspect", "--format", "voc", "--root", root.toString());
        assertBadInput("image root is not a folder", "inspect", "--format", "folders", "--root",
                root.resolve("nowhere").toString());
        assertBadInput("needs --annotations", "inspect", "--format", "coco", "--root", root.toString());
        assertBadInput("no such file", "inspect", "--format", "coco", "--root", root.toString(), "--annotations",
                root.resolve("missing.json").toString());
        Path malformed = Files.writeString(root.resolve("bad.json"), "{\"images\": [}");
        assertBadInput("malformed JSON", "inspect", "--format", "pyvww", "--root", root.toString(),
                "--annotations", malformed.toString());
        Path notCoco = Files.writeString(root.resolve("other.json"), "{\"rows\": []}");
        assertBadInput("no \"images\" list", "inspect", "--format", "tf-slim", "--root", root.toString(),
                "--annotations", notCoco.toString());
        assertBadInput("no class folders", "inspect", "--format", "folders", "--root", root.toString());
        assertBadInput("--split is only for --format idx", "inspect", "--format", "folders", "--root",
                root.toString(), "--split", "train");
        assertBadInput("--format", "inspect", "--root", root.toString());
    }

    private void assertBadInput(String expected, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, run(args), err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertEquals("", out.toString());
    }
}
