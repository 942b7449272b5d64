package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.driftlab.analog.Rng;
import org.driftlab.config.RpuConfig;
import org.driftlab.data.DatasetFormat;
import org.driftlab.model.CheckpointFiles;
import org.driftlab.model.ModelSpec;
import org.driftlab.model.Network;
import org.driftlab.model.SqueezeNet;
import org.driftlab.model.TrainingRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-class (VWW-like) drift evaluation reports precision, recall and F1 at every time. */
class TwoClassDriftTest {
    @TempDir
    Path folder;

    @Test
    void precisionRecallAndF1AreReportedForTwoClasses() throws Exception {
        for (String label : List.of("person", "non_person")) {
            Files.createDirectories(folder.resolve(label));
            for (int i = 0; i < 6; i++) {
                BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
                image.setRGB(i, i, label.equals("person") ? 0xFFFFFF : 0x102030);
                ImageIO.write(image, "png", folder.resolve(label).resolve(i + ".png").toFile());
            }
        }
        Path checkpoint = folder.resolve("vww.ckpt");
        try (NDManager manager = NDManager.newBaseManager();
             Network network = SqueezeNet.create(new ModelSpec(ModelSpec.SQUEEZENET1_1, 2, 3, 17))) {
            network.initialize(manager, new Rng(1));
            CheckpointFiles.save(checkpoint, network, new TrainingRecord("fixture", "none", 0, List.of(),
                    "val_accuracy", 0), null);
        }
        DatasetSource data = new DatasetSource(DatasetSource.VWW, DatasetFormat.parse("folders"), folder, null);
        DriftEvalSpec spec = new DriftEvalSpec(checkpoint, data, "test", 0, 1, RpuConfig.defaults(), List.of(1.0, 86400.0),
                2, Set.of());
        DriftEvaluation.Result result = new DriftEvaluation(spec, ComputeDevice.resolve("cpu"), JobListener.NONE,
                new Cancellation()).run();
        assertEquals(12, result.images());
        assertNotNull(result.digital().f1());
        for (DriftEvaluation.TimePoint point : result.points()) {
            assertNotNull(point.precision());
            assertNotNull(point.recall());
            assertNotNull(point.f1());
            assertEquals(2, point.f1().n());
            assertTrue(point.f1().mean() >= 0 && point.f1().mean() <= 1);
        }
        assertNull(new Score(1, 0, 1, null, null, null).f1());
    }
}
