package org.driftlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {
    @TempDir
    Path folder;

    @Test
    void theEmbeddedSplitsAreFound() throws IOException {
        FashionMnist test = FashionMnist.embedded("test");
        assertEquals(10_000, test.size());
        assertEquals("Ankle boot", test.classNames().get(test.label(0)));
        RawImage first = test.read(0);
        assertEquals(28, first.width());
        assertEquals(28, first.height());
        assertEquals(1, first.channels());
        FashionMnist train = FashionMnist.embedded("train");
        assertEquals(12_000, train.size());
        assertTrue(train.source(5).endsWith("train-subset-images-idx3-ubyte.gz#5"), train.source(5));
    }

    @Test
    void theFingerprintIsAStableSha256OfTheFiles() throws IOException {
        String fingerprint = FashionMnist.embedded("test").fingerprint();
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
        assertEquals(fingerprint, FashionMnist.embedded("test").fingerprint());
        assertNotEquals(fingerprint, FashionMnist.embedded("train").fingerprint());
    }

    @Test
    void aFolderWithTheFullTrainingFilesUsesThem() throws IOException {
        IdxWriter.writeImages(folder.resolve("train-images-idx3-ubyte.gz"), new IdxImages(3, 2, 2, new byte[12]));
        IdxWriter.writeLabels(folder.resolve("train-labels-idx1-ubyte.gz"), new byte[] {1, 2, 3});
        IdxWriter.writeImages(folder.resolve(FashionMnist.SUBSET_IMAGES), new IdxImages(1, 2, 2, new byte[4]));
        IdxWriter.writeLabels(folder.resolve(FashionMnist.SUBSET_LABELS), new byte[] {1});
        assertEquals(3, FashionMnist.open(folder, "train").size());
        Files.delete(folder.resolve("train-images-idx3-ubyte.gz"));
        assertEquals(1, FashionMnist.open(folder, "train").size());
    }

    @Test
    void badFoldersSplitsAndLabelsAreClearErrors() throws IOException {
        IllegalArgumentException split = assertThrows(IllegalArgumentException.class,
                () -> FashionMnist.embedded("validation"));
        assertTrue(split.getMessage().contains("train, test"), split.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> FashionMnist.open(folder, "test"));
        assertTrue(missing.getMessage().contains("t10k-images-idx3-ubyte"), missing.getMessage());
        IdxWriter.writeImages(folder.resolve("t10k-images-idx3-ubyte.gz"), new IdxImages(1, 1, 1, new byte[1]));
        IdxWriter.writeLabels(folder.resolve("t10k-labels-idx1-ubyte.gz"), new byte[] {12});
        assertThrows(IllegalArgumentException.class, () -> FashionMnist.open(folder, "test"));
    }
}
