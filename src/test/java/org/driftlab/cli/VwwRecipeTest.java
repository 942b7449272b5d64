package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Visual Wake Words recipe (sample-configs/recipes/vww-squeezenet.sh) runs as written: its three driftlab
 * commands, read from the script, on a tiny generated data set in the pyvww layout it expects. This checks that
 * the recipe's flags, paths and configuration are accepted together; it says nothing about the accuracy it reaches.
 */
class VwwRecipeTest {
    private static final Path RECIPE = Path.of("sample-configs/recipes/vww-squeezenet.sh");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theRecipesCommandsRunOnDataInThePyvwwLayout() throws IOException {
        Path vww = folder.resolve("vww");
        Path out = folder.resolve("out");
        Files.createDirectories(out);
        writeSplit(vww, "train", 12);
        writeSplit(vww, "val", 6);

        List<List<String>> commands = driftlabCommands(Files.readString(RECIPE), vww, out);
        assertEquals(List.of("train", "train", "eval"), commands.stream().map(c -> c.get(0)).toList(),
                "the recipe's driftlab commands");
        String lastOut = "";
        for (List<String> args : commands) {
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = DriftlabCommand.commandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true))
                    .execute(args.toArray(String[]::new));
            assertEquals(0, code, String.join(" ", args) + "\n" + stderr);
            lastOut = stdout.toString();
        }
        assertTrue(Files.isRegularFile(out.resolve("digital.ckpt")));
        assertTrue(Files.isRegularFile(out.resolve("hwa.ckpt")));
        JsonNode drift = JSON.readTree(lastOut);
        assertEquals(5, drift.get("results").size(), "one result per drift time of the recipe");
        assertEquals(6, drift.get("images").asInt());
        assertEquals(360 * 86400.0, drift.get("results").get(4).get("t").asDouble());
        assertTrue(drift.get("results").get(0).has("f1_mean"), "two classes: precision, recall and F1 too");
    }

    /** Each {@code ./driftlab} command of a shell script, continuation lines joined and the variables set. */
    private static List<List<String>> driftlabCommands(String script, Path vww, Path out) {
        List<List<String>> commands = new ArrayList<>();
        String joined = script.replace("\\\n", " ");
        for (String line : joined.split("\n")) {
            String command = line.strip();
            if (!command.startsWith("./driftlab ")) {
                continue;
            }
            int pipe = command.indexOf('|');
            if (pipe >= 0) {
                command = command.substring(0, pipe);
            }
            command = command.replace("\"$VWW", vww.toString()).replace("\"$OUT", out.toString()).replace("\"", "");
            List<String> args = new ArrayList<>(List.of(command.strip().split("\\s+")));
            args.remove(0);
            commands.add(args);
        }
        return commands;
    }

    /**
     * A pyvww split: images in all2014/ and annotations/instances_SPLIT.json with the not-person and person
     * categories; every other image has a person annotation and a bright square.
     */
    private static void writeSplit(Path vww, String split, int count) throws IOException {
        Path images = Files.createDirectories(vww.resolve("all2014"));
        List<Map<String, Object>> imageList = new ArrayList<>();
        List<Map<String, Object>> annotations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = split.equals("train") ? i : 1000 + i;
            String name = "COCO_" + split + "_" + id + ".jpg";
            boolean person = i % 2 == 0;
            BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(40 + i, 60, 80));
            g.fillRect(0, 0, 64, 48);
            if (person) {
                g.setColor(Color.WHITE);
                g.fillRect(20, 10, 20, 30);
            }
            g.dispose();
            ImageIO.write(image, "jpg", images.resolve(name).toFile());
            imageList.add(Map.of("id", id, "file_name", name, "width", 64, "height", 48));
            if (person) {
                annotations.add(Map.of("id", id, "image_id", id, "category_id", 1, "area", 600.0));
            }
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("images", imageList);
        file.put("categories", List.of(Map.of("id", 0, "name", "not-person"), Map.of("id", 1, "name", "person")));
        file.put("annotations", annotations);
        Path annotationFile = Files.createDirectories(vww.resolve("annotations")).resolve("instances_" + split + ".json");
        JSON.writeValue(annotationFile.toFile(), file);
    }
}
