package org.driftlab.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One pass over a dataset in batches of NDArrays (see {@link Batch}). Images are decoded and transformed on a
 * thread pool, at most {@code prefetchBatches × batchSize} images ahead of the consumer, so a large dataset never
 * sits in memory. An image that cannot be read is skipped and listed in {@link #skipped()}; batches are filled
 * from the following images, so only the last one may be short. NDArrays are created on the caller's thread.
 * For another epoch make another loader (with another seed for a new order and new augmentation).
 */
public final class BatchLoader implements Iterator<Batch>, AutoCloseable {
    private final ImageDataset dataset;
    private final ImagePipeline pipeline;
    private final NDManager manager;
    private final BatchLoaderOptions options;
    private final int[] order;
    private final SplittableRandom seeds;
    private final ExecutorService pool;
    private final Deque<Future<Sample>> pending = new ArrayDeque<>();
    private final List<SkippedImage> skipped = Collections.synchronizedList(new ArrayList<>());
    private int submitted;
    private boolean closed;

    private record Sample(int index, FloatImage image) {
    }

    public BatchLoader(ImageDataset dataset, ImagePipeline pipeline, NDManager manager, BatchLoaderOptions options) {
        this.dataset = dataset;
        this.pipeline = pipeline;
        this.manager = manager;
        this.options = options;
        int count = options.limit() == 0 ? dataset.size() : Math.min(options.limit(), dataset.size());
        this.order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        if (options.shuffle()) {
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        this.seeds = random.split();
        this.pool = DataThreads.pool(options.threads());
        fillPrefetch();
    }

    /** The number of images this pass covers (the dataset, or its first {@code limit}). */
    public int imageCount() {
        return order.length;
    }

    public int batchesUpperBound() {
        return (order.length + options.batchSize() - 1) / options.batchSize();
    }

    /** Images skipped so far because they could not be read, with the reasons. */
    public List<SkippedImage> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    private void fillPrefetch() {
        int window = options.prefetchBatches() * options.batchSize();
        while (pending.size() < window && submitted < order.length) {
            int index = order[submitted++];
            // Each image's generator is split off on this thread in sample order: the same seed gives the same
            // augmentation whichever thread decodes it.
            SplittableRandom random = seeds.split();
            pending.add(pool.submit(() -> decode(index, random)));
        }
    }

    private Sample decode(int index, SplittableRandom random) {
        try {
            return new Sample(index, pipeline.apply(dataset.read(index), random));
        } catch (Exception | OutOfMemoryError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            skipped.add(new SkippedImage(dataset.source(index), reason));
            return null;
        }
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        while (!pending.isEmpty()) {
            if (peekReadable()) {
                return true;
            }
        }
        close();
        return false;
    }

    /** Waits for the oldest pending image; drops it when unreadable. True when it is readable. */
    private boolean peekReadable() {
        Future<Sample> head = pending.peekFirst();
        if (await(head) != null) {
            return true;
        }
        pending.removeFirst();
        fillPrefetch();
        return false;
    }

    @Override
    public Batch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the loader has no more batches");
        }
        List<Sample> samples = new ArrayList<>(options.batchSize());
        while (samples.size() < options.batchSize() && !pending.isEmpty()) {
            Sample sample = await(pending.removeFirst());
            fillPrefetch();
            if (sample != null) {
                samples.add(sample);
            }
        }
        return toBatch(samples);
    }

    private Batch toBatch(List<Sample> samples) {
        FloatImage first = samples.get(0).image();
        int imageLength = first.data().length;
        float[] data = new float[samples.size() * imageLength];
        long[] labels = new long[samples.size()];
        int[] indices = new int[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            FloatImage image = samples.get(i).image();
            if (image.channels() != first.channels() || image.height() != first.height()
                    || image.width() != first.width()) {
                throw new IllegalArgumentException("images of different shapes in one batch ("
                        + dataset.source(samples.get(0).index()) + " is " + shape(first) + ", "
                        + dataset.source(samples.get(i).index()) + " is " + shape(image)
                        + "); add a resize or crop to the pipeline");
            }
            System.arraycopy(image.data(), 0, data, i * imageLength, imageLength);
            indices[i] = samples.get(i).index();
            labels[i] = dataset.label(indices[i]);
        }
        NDArray images = manager.create(data, new Shape(samples.size(), first.channels(), first.height(),
                first.width()));
        return new Batch(images, manager.create(labels), indices);
    }

    private static String shape(FloatImage image) {
        return image.channels() + "×" + image.height() + "×" + image.width();
    }

    private static Sample await(Future<Sample> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for images");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the decoding threads and waits for them; safe to call more than once. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pending.forEach(future -> future.cancel(true));
            pending.clear();
            DataThreads.shutDown(pool);
        }
    }
}
