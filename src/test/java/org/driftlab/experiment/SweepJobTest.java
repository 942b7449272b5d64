package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftlab.config.ConfigException;
import org.driftlab.experiment.run.RunFiles;
import org.driftlab.model.ModelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepJobTest {
    @TempDir
    static Path folder;

    private static Path experiment;

    @BeforeAll
    static void setUp() throws Exception {
        Path checkpoint = folder.resolve("tiny.ckpt");
        OptimizerSpec sgd = new OptimizerSpec("sgd", 0.01, 0.9, 0, "constant", 0, 1, 0.1, 0);
        new TrainingJob(new TrainSpec(new ModelSpec(ModelSpec.SQUEEZENET1_1, 10, 1, 17),
                DatasetSource.fashionMnist(null), 1, 32, sgd, 0, 0, 1, 200, null, null, Set.of(), null, checkpoint, false),
                ComputeDevice.resolve("cpu"), JobListener.NONE, new Cancellation()).run();
        experiment = folder.resolve("sweep.yaml");
        Files.writeString(experiment, "name: s\ncheckpoint: tiny.ckpt\nlimit: 24\ntimes: [1d]\nrepetitions: 1\n"
                + "seed: 3\nhistograms: false\nsweep:\n  axes:\n    - key: forward.out_noise\n      values: [0, 0.2]\n"
                + "    - key: forward.inp_res\n      bits: [4, 7]\n");
    }

    @Test
    void twoShardsMergeIntoTheSameResultAsOneRunAndARerunSkipsFinishedPoints() throws Exception {
        ExperimentSpec spec = ExperimentFile.load(experiment);
        Path whole = folder.resolve("whole");
        assertEquals(4, new SweepJob(spec, whole, 1, 1, JobListener.NONE, new Cancellation()).run());
        assertEquals(0, new SweepJob(spec, whole, 1, 1, JobListener.NONE, new Cancellation()).run(),
                "a rerun finds every point done");
        Path first = folder.resolve("shard1");
        Path second = folder.resolve("shard2");
        assertEquals(2, new SweepJob(spec, first, 1, 2, JobListener.NONE, new Cancellation()).run());
        assertEquals(2, new SweepJob(spec, second, 2, 2, JobListener.NONE, new Cancellation()).run());
        Path merged = folder.resolve("merged");
        assertEquals(4, SweepMerge.merge(List.of(first, second), merged));
        assertEquals(Files.readString(whole.resolve(RunFiles.RESULTS_CSV)),
                Files.readString(merged.resolve(RunFiles.RESULTS_CSV)));
        List<String> rows = Files.readAllLines(merged.resolve(RunFiles.RESULTS_CSV));
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).startsWith("point,forward.out_noise,forward.inp_res,analog_layer,t,"), rows.get(0));
    }

    @Test
    void aPointLeftUnfinishedRunsAgain() throws Exception {
        ExperimentSpec spec = ExperimentFile.load(experiment);
        Path sweep = folder.resolve("resumed");
        new SweepJob(spec, sweep, 1, 1, JobListener.NONE, new Cancellation()).run();
        Path point = sweep.resolve("points/0002/run.json");
        Files.writeString(point, Files.readString(point).replace("\"completed\"", "\"running\""));
        assertEquals(1, new SweepJob(spec, sweep, 1, 1, JobListener.NONE, new Cancellation()).run());
    }

    @Test
    void badSweepsAreRejectedWithTheKeyPath() throws Exception {
        Path bad = folder.resolve("bad-sweep.yaml");
        Files.writeString(bad, "checkpoint: tiny.ckpt\nsweep:\n  mode: spiral\n  axes:\n"
                + "    - key: forward.out_noise\n      values: [-1]\n    - key: forward.w_noise\n      bits: [4]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentFile.load(bad));
        assertTrue(e.getMessage().contains("sweep.mode: allowed: grid, random"), e.getMessage());
        assertTrue(e.getMessage().contains("sweep.axes[0] (forward.out_noise)"), e.getMessage());
        assertTrue(e.getMessage().contains("bits are for forward.inp_res and forward.out_res only"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SweepJob(ExperimentFile.load(experiment),
                folder.resolve("x"), 3, 2, JobListener.NONE, new Cancellation()));
    }
}
