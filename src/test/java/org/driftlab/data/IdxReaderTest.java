package org.driftlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    private static final Path ASSETS = Path.of("assets/fashion-mnist");

    @TempDir
    Path folder;

    @Test
    void readsTheShippedTestSet() throws IOException {
        IdxLabelledImages test = IdxReader.readLabelled(ASSETS.resolve("t10k-images-idx3-ubyte.gz"),
                ASSETS.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(10_000, test.count());
        assertEquals(28, test.images().rows());
        assertEquals(28, test.images().columns());
        assertArrayEquals(new byte[] {9, 2, 1, 1, 6, 1, 4, 6, 5, 7}, Arrays.copyOf(test.labels(), 10));
        assertEquals(1000, count(test.labels(), 3));
    }

    @Test
    void theShippedTrainingSubsetHoldsTheFirst1200OfEachClass() throws IOException {
        IdxLabelledImages subset = IdxReader.readLabelled(ASSETS.resolve(FashionMnist.SUBSET_IMAGES),
                ASSETS.resolve(FashionMnist.SUBSET_LABELS));
        assertEquals(12_000, subset.count());
        for (int label = 0; label < 10; label++) {
            assertEquals(1200, count(subset.labels(), label), "class " + label);
        }
        // The full training set starts 9, 0, 0, 3, 0, 2, 7, 2, 5, 5: the subset keeps that order.
        assertArrayEquals(new byte[] {9, 0, 0, 3, 0, 2, 7, 2, 5, 5}, Arrays.copyOf(subset.labels(), 10));
    }

    @Test
    void subsetKeepsTheFirstImagesOfEachClassInOrder() {
        byte[] pixels = {10, 11, 12, 13, 14, 15};
        IdxLabelledImages source = new IdxLabelledImages(new IdxImages(6, 1, 1, pixels), new byte[] {1, 0, 1, 1, 0, 0});
        IdxLabelledImages subset = IdxSubset.firstPerClass(source, 2);
        assertArrayEquals(new byte[] {1, 0, 1, 0}, subset.labels());
        assertArrayEquals(new byte[] {10, 11, 12, 14}, subset.images().pixels());
        assertThrows(IllegalArgumentException.class, () -> IdxSubset.firstPerClass(source, 4));
    }

    @Test
    void writerAndReaderRoundTrip() throws IOException {
        IdxImages images = new IdxImages(2, 2, 3, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, (byte) 255});
        IdxWriter.writeImages(folder.resolve("i.gz"), images);
        IdxWriter.writeLabels(folder.resolve("l.gz"), new byte[] {4, 7});
        IdxLabelledImages read = IdxReader.readLabelled(folder.resolve("i.gz"), folder.resolve("l.gz"));
        assertEquals(2, read.images().count());
        assertEquals(2, read.images().rows());
        assertEquals(3, read.images().columns());
        assertArrayEquals(images.pixels(), read.images().pixels());
        assertArrayEquals(new byte[] {4, 7}, read.labels());
    }

    @Test
    void readsUncompressedFiles() throws IOException {
        Path file = Fixtures.write(folder.resolve("raw-labels"), header(2049, 3, new byte[] {1, 2, 3}, false));
        assertArrayEquals(new byte[] {1, 2, 3}, IdxReader.readLabels(file));
    }

    @Test
    void aWrongMagicNamesTheFile() {
        Path labels = Fixtures.write(folder.resolve("labels.gz"), header(2049, 3, new byte[] {1, 2, 3}, true));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IdxReader.readImages(labels));
        assertTrue(error.getMessage().contains(labels.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("magic number 2049, expected 2051"), error.getMessage());
        Path junk = Fixtures.write(folder.resolve("junk"), "hello world, not idx".getBytes());
        assertThrows(IllegalArgumentException.class, () -> IdxReader.readLabels(junk));
    }

    @Test
    void aTruncatedFileNamesTheFile() {
        // The header promises 5 images of 2×2, the data holds 3.
        byte[] body = new byte[8 + 12];
        body[3] = 2;
        body[7] = 2;
        for (boolean gzip : new boolean[] {true, false}) {
            Path file = Fixtures.write(folder.resolve("short" + gzip), header(2051, 5, body, gzip));
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> IdxReader.readImages(file));
            assertTrue(error.getMessage().contains(file.toString()) && error.getMessage().contains("truncated"),
                    error.getMessage());
        }
        Path empty = Fixtures.write(folder.resolve("empty.gz"), new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> IdxReader.readLabels(empty));
    }

    @Test
    void aCountMismatchNamesBothFiles() throws IOException {
        IdxWriter.writeImages(folder.resolve("i.gz"), new IdxImages(2, 1, 1, new byte[] {1, 2}));
        IdxWriter.writeLabels(folder.resolve("l.gz"), new byte[] {4, 7, 1});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IdxReader.readLabelled(folder.resolve("i.gz"), folder.resolve("l.gz")));
        assertTrue(error.getMessage().contains("2 images") && error.getMessage().contains("3 labels"),
                error.getMessage());
    }

    private static int count(byte[] labels, int label) {
        int count = 0;
        for (byte value : labels) {
            count += value == label ? 1 : 0;
        }
        return count;
    }

    private static byte[] header(int magic, int count, byte[] rest, boolean gzip) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(gzip ? new GZIPOutputStream(bytes) : bytes)) {
                out.writeInt(magic);
                out.writeInt(count);
                out.write(rest);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
