package org.driftlab.experiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.driftlab.data.Batch;
import org.driftlab.data.BatchLoader;
import org.driftlab.data.BatchLoaderOptions;
import org.driftlab.data.ImageDataset;
import org.driftlab.data.ImagePipeline;
import org.driftlab.data.SkippedImage;

/**
 * The images of an evaluation, decoded once and kept as batches on the compute device, because a drift
 * evaluation reads them for every time and every repetition.
 */
public final class EvaluationSet implements AutoCloseable {
    private final NDManager manager;
    private final List<NDArray> images = new ArrayList<>();
    private final List<NDArray> labels = new ArrayList<>();
    private final List<SkippedImage> skipped;
    private final int count;
    private final List<String> classNames;

    private EvaluationSet(NDManager manager, List<SkippedImage> skipped, int count, List<String> classNames) {
        this.manager = manager;
        this.skipped = List.copyOf(skipped);
        this.count = count;
        this.classNames = List.copyOf(classNames);
    }

    /**
     * @param limit the first N images of the dataset, 0 for all
     */
    public static EvaluationSet load(ImageDataset dataset, ImagePipeline pipeline, int batchSize, int limit,
                                     NDManager parent, Cancellation cancellation) {
        NDManager manager = parent.newSubManager();
        List<NDArray> images = new ArrayList<>();
        List<NDArray> labels = new ArrayList<>();
        int count = 0;
        List<SkippedImage> skipped;
        try (BatchLoader loader = new BatchLoader(dataset, pipeline, manager,
                BatchLoaderOptions.of(batchSize).limited(limit))) {
            while (loader.hasNext()) {
                cancellation.throwIfCancelled();
                Batch batch = loader.next();
                images.add(batch.images());
                labels.add(batch.labels());
                count += batch.size();
            }
            skipped = loader.skipped();
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
        EvaluationSet set = new EvaluationSet(manager, skipped, count, dataset.classNames());
        set.images.addAll(images);
        set.labels.addAll(labels);
        return set;
    }

    public int size() {
        return count;
    }

    public int batches() {
        return images.size();
    }

    public NDArray images(int batch) {
        return images.get(batch);
    }

    public NDArray labels(int batch) {
        return labels.get(batch);
    }

    public List<String> classNames() {
        return classNames;
    }

    /** Images that could not be decoded, with the reason; they are not part of the set. */
    public List<SkippedImage> skipped() {
        return skipped;
    }

    @Override
    public void close() {
        manager.close();
    }
}
