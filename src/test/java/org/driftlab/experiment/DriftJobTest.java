package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.driftlab.config.ConfigException;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.experiment.run.RunWriter;
import org.driftlab.model.ModelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftJobTest {
    @TempDir
    static Path folder;

    private static Path checkpoint;

    @BeforeAll
    static void trainATinyModel() throws Exception {
        checkpoint = folder.resolve("tiny.ckpt");
        OptimizerSpec sgd = new OptimizerSpec("sgd", 0.01, 0.9, 0, "constant", 0, 1, 0.1, 0);
        new TrainingJob(new TrainSpec(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 17),
                DatasetSource.fashionMnist(null), 1, 32, sgd, 0, 0, 1, 300, null, null, Set.of(), null, checkpoint, false),
                ComputeDevice.resolve("cpu"), JobListener.NONE, new Cancellation()).run();
    }

    private static Path experiment(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aRunFolderHoldsTheRecordResultsHistogramsAndLog() throws Exception {
        Path file = experiment("e.yaml", "schema_version: 1\nname: small\ncheckpoint: tiny.ckpt\nlimit: 40\n"
                + "rpu:\n  preset: inference_default\n  forward: {out_noise: 0.02}\ntimes: [1s, 1d]\n"
                + "repetitions: 2\nseed: 4\ncompare_uncompensated: true\n");
        Path run = folder.resolve("run");
        List<DriftEvaluation.TimePoint> streamed = new ArrayList<>();
        DriftListener listener = new DriftListener() {
            @Override
            public void point(DriftEvaluation.TimePoint point, boolean compensated) {
                streamed.add(point);
            }
        };
        DriftEvaluation.Result result = new DriftJob(ExperimentFile.load(file), run, listener, new Cancellation()).run();
        assertTrue(result.complete());
        assertEquals(8, streamed.size(), "a point per repetition, time and compensation setting");
        JsonNode record = RunWriter.read(run.resolve(RunFiles.RUN));
        assertEquals("completed", record.get("status").asText());
        assertEquals(0.02, record.get("config").get("forward").get("out_noise").asDouble());
        assertTrue(record.get("provenance").get("engine_version").asText().startsWith("2."));
        assertFalse(record.get("dataset_fingerprint").asText().isEmpty());
        List<String> csv = Files.readAllLines(run.resolve(RunFiles.RESULTS_CSV));
        assertEquals(5, csv.size(), "header, two times with and two without compensation");
        assertTrue(csv.get(1).startsWith("1,1 s,true,2,"), csv.get(1));
        assertTrue(Files.isRegularFile(run.resolve("histograms/t-86400.json")));
        JsonNode histograms = RunWriter.read(run.resolve("histograms/t-86400.json"));
        JsonNode first = histograms.get("layers").get(0).get("quantities").get(0);
        assertEquals(LayerHistograms.BINS + 1, first.get("edges").size());
        assertTrue(Files.readString(run.resolve(RunFiles.LOG)).contains("t = 1 d"));
    }

    @Test
    void badExperimentFilesNameTheKeyAndWhatIsAllowed() throws Exception {
        Path file = experiment("bad.yaml", "name: x\nmodel: default-digital\ncheckpoint: tiny.ckpt\ncolour: red\n"
                + "times: [1s, soon]\nrepetitions: 0\nrpu: {forward: {out_noise: -1}}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentFile.load(file));
        String message = e.getMessage();
        assertTrue(message.contains("model: give exactly one of model"), message);
        assertTrue(message.contains("colour: unknown key; allowed:"), message);
        assertTrue(message.contains("times[1]: 'soon' is not a time"), message);
        assertTrue(message.contains("repetitions: expected a whole number in [1, 10000]"), message);
        assertTrue(message.contains("rpu.forward.out_noise"), message);
        assertTrue(message.startsWith(file.toString()), message);
        Path shippedAsFile = experiment("shipped.yaml", "name: x\ncheckpoint: default-hwa\ntimes: [1s]\n");
        String hint = assertThrows(ConfigException.class, () -> ExperimentFile.load(shippedAsFile)).getMessage();
        assertTrue(hint.contains("checkpoint: no such file") && hint.contains("write model: default-hwa"), hint);
    }
}
