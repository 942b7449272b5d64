package org.driftlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, eval and bench end to end through the command line, on tiny settings. */
class TrainEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path checkpoint;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DriftlabCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void trainATinyModel() {
        checkpoint = folder.resolve("tiny.ckpt");
        Run train = run("train", "--epochs", "1", "--limit", "300", "--input-size", "17", "--batch-size", "32",
                "--lr", "0.01", "--out", checkpoint.toString(), "--seed", "3");
        assertEquals(0, train.code(), train.err());
    }

    @Test
    void digitalEvaluationPrintsTheAccuracy() throws Exception {
        Run eval = run("eval", "--checkpoint", checkpoint.toString(), "--limit", "64");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = JSON.readTree(eval.out());
        assertEquals(64, json.get("images").asInt());
        double accuracy = json.get("accuracy").asDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1);
    }

    @Test
    void analogEvaluationPrintsOneResultPerTimeWithTheDigitalReference() throws Exception {
        Run eval = run("eval", "--checkpoint", checkpoint.toString(), "--limit", "32", "--analog", "--preset",
                "inference_default", "--times", "1s,1d", "--reps", "2", "--seed", "5");
        assertEquals(0, eval.code(), eval.err());
        JsonNode json = JSON.readTree(eval.out());
        assertEquals(2, json.get("results").size());
        assertEquals(86400.0, json.get("results").get(1).get("t").asDouble());
        assertTrue(json.get("results").get(0).has("accuracy_mean"));
        assertTrue(json.get("results").get(0).has("accuracy_std"));
        assertTrue(json.get("digital").has("accuracy"));
        assertEquals(2, json.get("repetitions").asInt());
        for (JsonNode result : json.get("results")) {
            JsonNode perRepetition = result.get("accuracy_per_repetition");
            assertEquals(2, perRepetition.size(), result.toString());
            double mean = (perRepetition.get(0).asDouble() + perRepetition.get(1).asDouble()) / 2;
            assertEquals(result.get("accuracy_mean").asDouble(), mean, 1e-12);
        }
    }

    @Test
    void foldWritesACheckpointThatEvaluatesTheSame() throws Exception {
        Path folded = folder.resolve("folded.ckpt");
        Run fold = run("fold", "--checkpoint", checkpoint.toString(), "--out", folded.toString());
        assertEquals(0, fold.code(), fold.err());
        JsonNode json = JSON.readTree(fold.out());
        assertEquals(10, json.get("output_scale").size(), "one output factor per class: " + fold.out());
        json.get("output_scale").forEach(factor -> assertTrue(factor.asDouble() > 0, fold.out()));
        assertTrue(json.get("row_max_before").has("classifier.1"), fold.out());
        JsonNode before = JSON.readTree(run("eval", "--checkpoint", checkpoint.toString(), "--limit", "64").out());
        JsonNode after = JSON.readTree(run("eval", "--checkpoint", folded.toString(), "--limit", "64").out());
        assertEquals(before.get("accuracy").asDouble(), after.get("accuracy").asDouble());
        assertEquals(before.get("loss").asDouble(), after.get("loss").asDouble(), 1e-3);
        assertEquals(2, run("fold", "--checkpoint", checkpoint.toString()).code(), "--out is required");
    }

    @Test
    void badArgumentsGiveExitCodeTwo() {
        Run noModel = run("eval", "--limit", "5");
        assertEquals(2, noModel.code());
        Run unknown = run("eval", "--model", "nonsense");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("default-digital"), unknown.err());
        Run foreign = run("eval", "--checkpoint", folder.resolve("missing.ckpt").toString());
        assertEquals(2, foreign.code());
        Run badOptimizer = run("train", "--epochs", "1", "--optimizer", "lbfgs", "--out", "x.ckpt");
        assertEquals(2, badOptimizer.code());
        assertTrue(badOptimizer.err().contains("allowed: sgd, adamw"), badOptimizer.err());
        Run configWithoutHwa = run("train", "--epochs", "1", "--preset", "hermes", "--out", "x.ckpt");
        assertEquals(2, configWithoutHwa.code());
        assertTrue(configWithoutHwa.err().contains("need --hwa"), configWithoutHwa.err());
        Run weightWithoutTeacher = run("train", "--epochs", "1", "--distill-weight", "0.3", "--out", "x.ckpt");
        assertEquals(2, weightWithoutTeacher.code());
        assertTrue(weightWithoutTeacher.err().contains("--distill-temperature and --distill-weight need --teacher"),
                weightWithoutTeacher.err());
        Run badAugment = run("train", "--epochs", "1", "--augment", "mixup", "--out", "x.ckpt");
        assertEquals(2, badAugment.code());
        assertTrue(badAugment.err().contains("--augment: unknown augmentation 'mixup'; allowed: crop-flip, flip, none"),
                badAugment.err());
        Run negativeLimit = run("eval", "--checkpoint", checkpoint.toString(), "--limit", "-5");
        assertEquals(2, negativeLimit.code());
        assertTrue(negativeLimit.err().contains("--limit must be >= 0 (0: all images), got -5"), negativeLimit.err());
        Run negativePatience = run("train", "--epochs", "1", "--patience", "-1", "--out", "x.ckpt");
        assertEquals(2, negativePatience.code());
        assertTrue(negativePatience.err().contains("--patience must be >= 0"), negativePatience.err());
        Run outIsAFolder = run("train", "--epochs", "1", "--limit", "64", "--out", folder.toString());
        assertEquals(2, outIsAFolder.code());
        assertTrue(outIsAFolder.err().contains("is a folder; give a file name"), outIsAFolder.err());
    }

    @Test
    void benchPrintsBothThroughputsAndTheirRatio() throws Exception {
        Run bench = run("bench", "--input-size", "17", "--batch-size", "8", "--iterations", "1");
        assertEquals(0, bench.code(), bench.err());
        JsonNode json = JSON.readTree(bench.out());
        for (String key : new String[] {"cpu_cores", "digital_images_per_second", "analog_images_per_second",
            "analog_over_digital", "digital_step_ms", "hwa_step_ms", "hwa_over_digital", "program_ms", "drift_ms"}) {
            assertTrue(json.get(key).asDouble() > 0, key + " in " + json);
        }
    }
}
