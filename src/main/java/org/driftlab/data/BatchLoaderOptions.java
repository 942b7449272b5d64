package org.driftlab.data;

/**
 * How a {@link BatchLoader} walks a dataset: batch size, shuffling with a seed (the seed also drives random
 * augmentation), a limit (the first N images of the dataset, before shuffling; 0 = all), decoding threads, and how
 * many batches are decoded ahead.
 */
public record BatchLoaderOptions(int batchSize, boolean shuffle, long seed, int limit, int threads,
        int prefetchBatches) {
    public BatchLoaderOptions {
        if (batchSize <= 0 || limit < 0 || threads <= 0 || prefetchBatches <= 0) {
            throw new IllegalArgumentException("batch size, threads and prefetch must be positive and the limit"
                    + " >= 0, got batch " + batchSize + ", limit " + limit + ", threads " + threads + ", prefetch "
                    + prefetchBatches);
        }
    }

    /** In order, all images, on as many threads as there are processors (at most 8), three batches ahead. */
    public static BatchLoaderOptions of(int batchSize) {
        return new BatchLoaderOptions(batchSize, false, 0, 0,
                Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 3);
    }

    public BatchLoaderOptions shuffled(long seed) {
        return new BatchLoaderOptions(batchSize, true, seed, limit, threads, prefetchBatches);
    }

    /** The seed for augmentation without shuffling. */
    public BatchLoaderOptions seeded(long seed) {
        return new BatchLoaderOptions(batchSize, shuffle, seed, limit, threads, prefetchBatches);
    }

    public BatchLoaderOptions limited(int limit) {
        return new BatchLoaderOptions(batchSize, shuffle, seed, limit, threads, prefetchBatches);
    }

    public BatchLoaderOptions threads(int threads) {
        return new BatchLoaderOptions(batchSize, shuffle, seed, limit, threads, prefetchBatches);
    }
}
