package org.driftlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchLoaderTest {
    private static final ImagePipeline PLAIN = ImagePipeline.of();

    @TempDir
    Path folder;

    private NDManager manager;

    @BeforeEach
    void openManager() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void closeManagerAndCheckThreads() throws InterruptedException {
        manager.close();
        assertEquals(List.of(), liveDataThreads(), "decoding threads left running");
    }

    /** n grey 2×2 images whose pixels all equal their index, label index % 3. */
    private static ImageDataset numbered(int n, int... unreadable) {
        return new ImageDataset() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public int label(int index) {
                return index % 3;
            }

            @Override
            public List<String> classNames() {
                return List.of("a", "b", "c");
            }

            @Override
            public RawImage read(int index) throws IOException {
                for (int bad : unreadable) {
                    if (bad == index) {
                        throw new IOException("corrupt image " + index);
                    }
                }
                byte value = (byte) index;
                return new RawImage(2, 2, 1, new byte[] {value, value, value, value});
            }

            @Override
            public String source(int index) {
                return "image" + index;
            }

            @Override
            public String describe() {
                return "numbered";
            }

            @Override
            public String fingerprint() {
                return "0";
            }
        };
    }

    private List<Integer> order(ImageDataset dataset, BatchLoaderOptions options) {
        List<Integer> order = new ArrayList<>();
        try (BatchLoader loader = new BatchLoader(dataset, PLAIN, manager, options)) {
            while (loader.hasNext()) {
                try (Batch batch = loader.next()) {
                    for (int index : batch.indices()) {
                        order.add(index);
                    }
                }
            }
        }
        return order;
    }

    @Test
    void batchesHaveTheDocumentedShapesAndTypes() {
        try (BatchLoader loader = new BatchLoader(numbered(10), ImagePipeline.of(new GreyToRgb()), manager,
                BatchLoaderOptions.of(4).threads(3))) {
            List<Long> sizes = new ArrayList<>();
            while (loader.hasNext()) {
                try (Batch batch = loader.next()) {
                    sizes.add(batch.images().getShape().get(0));
                    assertEquals(DataType.FLOAT32, batch.images().getDataType());
                    assertEquals(DataType.INT64, batch.labels().getDataType());
                    assertEquals(new Shape(batch.size()), batch.labels().getShape());
                    assertEquals(3, batch.images().getShape().get(1));
                    assertEquals(2, batch.images().getShape().get(2));
                    long[] labels = batch.labels().toLongArray();
                    float[] pixels = batch.images().toFloatArray();
                    for (int i = 0; i < batch.size(); i++) {
                        assertEquals(batch.indices()[i] % 3, labels[i]);
                        assertEquals(batch.indices()[i] / 255f, pixels[i * 12], 1e-6f);
                    }
                }
            }
            assertEquals(List.of(4L, 4L, 2L), sizes);
            assertThrows(NoSuchElementException.class, loader::next);
        }
    }

    @Test
    void inOrderWithoutShufflingAndTheLimitTakesTheFirstImages() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), order(numbered(20), BatchLoaderOptions.of(3).limited(7)));
    }

    @Test
    void shufflingIsDeterministicPerSeed() {
        BatchLoaderOptions options = BatchLoaderOptions.of(5).threads(4);
        List<Integer> first = order(numbered(40), options.shuffled(11));
        assertEquals(first, order(numbered(40), options.shuffled(11)));
        assertNotEquals(first, order(numbered(40), options.shuffled(12)));
        assertNotEquals(order(numbered(40), options), first);
        assertEquals(40, first.stream().distinct().count());
    }

    @Test
    void augmentationIsDeterministicPerSeedWhateverTheThreads() {
        ImagePipeline augment = ImagePipeline.of(RandomCrop.square(2, 2), new RandomHorizontalFlip(0.5));
        float[] one = allPixels(augment, BatchLoaderOptions.of(4).shuffled(3).threads(1));
        float[] many = allPixels(augment, BatchLoaderOptions.of(4).shuffled(3).threads(4));
        assertArrayEquals(one, many);
        assertFalse(java.util.Arrays.equals(one, allPixels(augment, BatchLoaderOptions.of(4).shuffled(4))));
    }

    private float[] allPixels(ImagePipeline pipeline, BatchLoaderOptions options) {
        List<Float> values = new ArrayList<>();
        try (BatchLoader loader = new BatchLoader(numbered(16), pipeline, manager, options)) {
            while (loader.hasNext()) {
                try (Batch batch = loader.next()) {
                    for (float value : batch.images().toFloatArray()) {
                        values.add(value);
                    }
                }
            }
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    @Test
    void unreadableImagesAreSkippedCountedAndReported() {
        try (BatchLoader loader = new BatchLoader(numbered(9, 1, 4, 8), PLAIN, manager,
                BatchLoaderOptions.of(3).threads(2))) {
            List<Integer> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            while (loader.hasNext()) {
                try (Batch batch = loader.next()) {
                    sizes.add(batch.size());
                    for (int index : batch.indices()) {
                        seen.add(index);
                    }
                }
            }
            assertEquals(List.of(0, 2, 3, 5, 6, 7), seen);
            assertEquals(List.of(3, 3), sizes);
            // Decoding threads finish in any order, so the report lists the skipped images in that order.
            assertEquals(3, loader.skipped().size());
            assertEquals(java.util.Set.of(new SkippedImage("image1", "corrupt image 1"),
                    new SkippedImage("image4", "corrupt image 4"), new SkippedImage("image8", "corrupt image 8")),
                    java.util.Set.copyOf(loader.skipped()));
        }
    }

    @Test
    void aLoaderOfOnlyUnreadableImagesHasNoBatches() {
        try (BatchLoader loader = new BatchLoader(numbered(2, 0, 1), PLAIN, manager, BatchLoaderOptions.of(3))) {
            assertFalse(loader.hasNext());
            assertEquals(2, loader.skipped().size());
        }
    }

    @Test
    void closingEarlyStopsTheThreads() throws InterruptedException {
        BatchLoader loader = new BatchLoader(numbered(1000), PLAIN, manager, BatchLoaderOptions.of(8).threads(4));
        try (Batch batch = loader.next()) {
            assertEquals(8, batch.size());
        }
        assertFalse(liveDataThreads().isEmpty());
        loader.close();
        loader.close();
        assertEquals(List.of(), liveDataThreads());
        assertFalse(loader.hasNext());
    }

    @Test
    void loadsTheEmbeddedFashionMnistAtAChosenSize() throws IOException {
        ImagePipeline pipeline = ImagePipeline.of(Resize.exact(32, 32), new GreyToRgb(), Normalize.IMAGENET);
        try (BatchLoader loader = new BatchLoader(FashionMnist.embedded("test"), pipeline, manager,
                BatchLoaderOptions.of(16).limited(40).shuffled(1))) {
            int images = 0;
            while (loader.hasNext()) {
                try (Batch batch = loader.next()) {
                    assertEquals(new Shape(batch.size(), 3, 32, 32), batch.images().getShape());
                    images += batch.size();
                }
            }
            assertEquals(40, images);
            assertTrue(loader.skipped().isEmpty());
        }
    }

    @Test
    void mixedImageSizesWithoutAResizeAreAClearError() {
        ImageDataset mixed = new ImageDataset() {
            @Override public int size() { return 2; }
            @Override public int label(int index) { return 0; }
            @Override public List<String> classNames() { return List.of("x"); }
            @Override public RawImage read(int index) {
                return new RawImage(1 + index, 1, 1, new byte[1 + index]);
            }
            @Override public String source(int index) { return "m" + index; }
            @Override public String describe() { return "mixed"; }
            @Override public String fingerprint() { return "0"; }
        };
        try (BatchLoader loader = new BatchLoader(mixed, PLAIN, manager, BatchLoaderOptions.of(2))) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, loader::next);
            assertTrue(error.getMessage().contains("add a resize"), error.getMessage());
        }
    }

    static List<String> liveDataThreads() throws InterruptedException {
        // Pool threads end moments after termination is signalled; give them a little while.
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                    .map(Thread::getName).filter(name -> name.startsWith(DataThreads.NAME_PREFIX)).toList();
            if (alive.isEmpty()) {
                return alive;
            }
            Thread.sleep(20);
        }
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(DataThreads.NAME_PREFIX)).toList();
    }
}
