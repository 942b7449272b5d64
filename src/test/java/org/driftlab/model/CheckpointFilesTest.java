package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.driftlab.analog.Rng;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFilesTest {
    private static final TrainingRecord RECORD = new TrainingRecord("fashion-mnist", "sgd lr 0.01, batch 64", 2,
            List.of(Map.of("loss", 0.9, "accuracy", 0.7), Map.of("loss", 0.5, "accuracy", 0.8)), "accuracy", 0.8);
    @TempDir
    Path dir;
    private NDManager manager;
    private Network network;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        network = SqueezeNet.create(new ModelSpec("squeezenet1_1_hpml", 1, 3, 32));
        network.initialize(manager, new Rng(1));
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void roundTripKeepsParametersRecordAndConfig() throws IOException {
        Path file = dir.resolve("model.dlck");
        RpuConfig config = Presets.get(Presets.HPML_2022);
        CheckpointFiles.save(file, network, RECORD, config, "test-1");
        LoadedCheckpoint loaded = CheckpointFiles.load(file, manager, null);
        assertEquals(network.spec(), loaded.checkpoint().spec());
        assertEquals(RECORD, loaded.checkpoint().training());
        assertEquals(config, loaded.checkpoint().trainingConfig());
        assertEquals(config, loaded.config());
        assertEquals("test-1", loaded.checkpoint().driftlabVersion());
        assertTrue(loaded.configDifferences().isEmpty());
        assertParametersIdentical(network, loaded.network());
        assertTrue(Files.list(dir).allMatch(p -> p.equals(file)), "no temporary file left behind");
    }

    @Test
    void squeezeNetLoadsAtAnotherInputSizeAndTheHpmlVariantSaysWhyNot() {
        Path file = dir.resolve("plain.dlck");
        Network plain = SqueezeNet.create(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 32));
        plain.initialize(manager, new Rng(3));
        CheckpointFiles.save(file, plain, RECORD, null, "test");
        LoadedCheckpoint larger = CheckpointFiles.load(file, manager, null, 36);
        assertEquals(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 36), larger.network().spec());
        assertEquals(32, larger.checkpoint().spec().inputSize());
        assertParametersIdentical(plain, larger.network());
        assertEquals(plain.spec(), CheckpointFiles.load(file, manager, null, 0).network().spec());

        Path hpml = dir.resolve("hpml.dlck");
        CheckpointFiles.save(hpml, network, RECORD, null, "test");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CheckpointFiles.load(hpml, manager, null, 48));
        assertTrue(error.getMessage().contains("at 48 pixels (it was trained at 32)"), error.getMessage());
    }

    @Test
    void anAnalogNetworkIsSavedThroughItsDigitalWeights() {
        Network analog = AnalogConversion.convert(network, Presets.get(Presets.INFERENCE_DEFAULT), Set.of(), manager,
                new Rng(2));
        Path file = dir.resolve("analog.dlck");
        CheckpointFiles.save(file, analog, RECORD, null, "test");
        LoadedCheckpoint loaded = CheckpointFiles.load(file, manager, null);
        assertTrue(loaded.network().analogLayerBlocks().isEmpty());
        assertParametersIdentical(network, loaded.network());
        assertEquals(null, loaded.config());
    }

    private static void assertParametersIdentical(Network expected, Network actual) {
        var a = expected.getParameters();
        var b = actual.getParameters();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            Parameter p = a.get(i).getValue();
            Parameter q = b.get(i).getValue();
            assertEquals(p.getArray().getShape(), q.getArray().getShape());
            assertArrayEquals(bits(p.getArray().toFloatArray()), bits(q.getArray().toFloatArray()), a.get(i).getKey());
        }
    }

    private static int[] bits(float[] values) {
        return Arrays.stream(toDoubles(values)).mapToInt(v -> Float.floatToRawIntBits((float) v)).toArray();
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Test
    void theGivenConfigWinsAndTheDifferenceIsReported() {
        Path file = dir.resolve("model.dlck");
        RpuConfig stored = Presets.get(Presets.HPML_2022);
        CheckpointFiles.save(file, network, RECORD, stored, "test");
        RpuConfig given = ConfigTree.with(ConfigTree.with(stored, "forward.out_noise", 0.0731), "noise_model.g_max", 25.0);
        LoadedCheckpoint loaded = CheckpointFiles.load(file, manager, given);
        assertSame(given, loaded.config());
        List<String> keys = loaded.configDifferences().stream().map(ConfigDifference::keyPath).toList();
        assertEquals(List.of("forward.out_noise", "noise_model.g_max"), keys.stream().sorted().toList());
        ConfigDifference gMax = loaded.configDifferences().stream()
                .filter(d -> d.keyPath().equals("noise_model.g_max")).findFirst().orElseThrow();
        assertEquals("160.0", gMax.stored());
        assertEquals("25.0", gMax.given());
    }

    @Test
    void brokenFilesGiveAClearMessage() throws IOException {
        Path good = dir.resolve("good.dlck");
        CheckpointFiles.save(good, network, RECORD, null, "test");
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.dlck");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path empty = Files.createFile(dir.resolve("empty.dlck"));
        Path text = dir.resolve("text.dlck");
        Files.writeString(text, "hello");
        Path foreign = dir.resolve("foreign.zip");
        try (OutputStream out = Files.newOutputStream(foreign); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a checkpoint".getBytes());
            zip.closeEntry();
        }
        for (Path file : List.of(truncated, empty, text, foreign, dir.resolve("missing.dlck"))) {
            var e = assertThrows(IllegalArgumentException.class, () -> CheckpointFiles.load(file, manager, null));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("expected a DriftLab checkpoint"), e.getMessage());
        }
    }

    @Test
    void inputRangesThatAreNotNumbersPerLayerAreAClearError() throws IOException {
        Path good = dir.resolve("good.dlck");
        CheckpointFiles.save(good, network, RECORD, null, "test");
        assertEquals(Map.of(), CheckpointFiles.read(good).inputRanges());
        Path bad = dir.resolve("bad-ranges.dlck");
        copy(good, bad, (name, content) -> content,
                Map.of(CheckpointFiles.INPUT_RANGES, "{\"classifier.1\": \"wide\"}"));
        var e = assertThrows(IllegalArgumentException.class, () -> CheckpointFiles.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("input-ranges.json"),
                e.getMessage());
    }

    @Test
    void anOutputScaleThatIsNotAPositiveNumberIsAClearError() throws IOException {
        Path good = dir.resolve("good.dlck");
        Network plain = SqueezeNet.create(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 24));
        plain.initialize(manager, new Rng(3));
        CheckpointFiles.save(good, plain, RECORD, null, "test");
        assertEquals(OutputScale.ONE, CheckpointFiles.read(good).outputScale());
        for (String value : new String[] {"-2", "[1, 2, 3]", "\"big\"", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 0]"}) {
            Path bad = dir.resolve("bad-scale.dlck");
            copy(good, bad, (name, content) -> name.equals(CheckpointFiles.MANIFEST)
                    ? content.replace("\"input_size\"", "\"output_scale\" : " + value + ", \"input_size\"")
                    : content, Map.of());
            var e = assertThrows(IllegalArgumentException.class, () -> CheckpointFiles.read(bad), value);
            assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("output_scale")
                    && e.getMessage().contains("a finite positive number, or one per class (10)"), e.getMessage());
        }
        Path uniform = dir.resolve("uniform.dlck");
        copy(good, uniform, (name, content) -> name.equals(CheckpointFiles.MANIFEST)
                ? content.replace("\"input_size\"", "\"output_scale\" : 2.5, \"input_size\"") : content, Map.of());
        assertEquals(OutputScale.of(2.5f), CheckpointFiles.read(uniform).outputScale(), "folded before 2026-11-28");
        Path perClass = dir.resolve("per-class.dlck");
        copy(good, perClass, (name, content) -> name.equals(CheckpointFiles.MANIFEST)
                ? content.replace("\"input_size\"", "\"output_scale\" : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "
                        + "\"input_size\"") : content, Map.of());
        assertEquals(OutputScale.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
                CheckpointFiles.read(perClass).outputScale());
    }

    /** Copies a checkpoint's entries through {@code change} (entry name, text → text), then adds {@code added}. */
    private static void copy(Path from, Path to, BinaryOperator<String> change,
                             Map<String, String> added) throws IOException {
        try (var in = new ZipFile(from.toFile());
             OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                String content = new String(bytes, StandardCharsets.ISO_8859_1);
                zip.write(change.apply(entry.getName(), content).getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
            for (var entry : added.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
    }
}
