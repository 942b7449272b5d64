package org.driftlab.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Decodes every image of a dataset on several threads to count classes, find unreadable files and sizes. */
public final class DatasetInspector {
    private static final int IMAGES_AHEAD_PER_THREAD = 16;

    private final int threads;

    public DatasetInspector(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        this.threads = threads;
    }

    private record Outcome(int index, int width, int height, String failure) {
    }

    public InspectionReport inspect(String format, ImageDataset dataset) throws InterruptedException {
        Map<String, Integer> labels = new LinkedHashMap<>();
        dataset.classNames().forEach(name -> labels.put(name, 0));
        for (int i = 0; i < dataset.size(); i++) {
            labels.merge(dataset.classNames().get(dataset.label(i)), 1, Integer::sum);
        }
        List<SkippedImage> unreadable = new ArrayList<>();
        SizeAccumulator widths = new SizeAccumulator();
        SizeAccumulator heights = new SizeAccumulator();
        ExecutorService pool = DataThreads.pool(threads);
        try {
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < dataset.size() || !pending.isEmpty()) {
                while (next < dataset.size() && pending.size() < threads * IMAGES_AHEAD_PER_THREAD) {
                    int index = next++;
                    pending.add(pool.submit(() -> decode(dataset, index)));
                }
                Outcome outcome = pending.removeFirst().get();
                if (outcome.failure() != null) {
                    unreadable.add(new SkippedImage(dataset.source(outcome.index()), outcome.failure()));
                } else {
                    widths.add(outcome.width());
                    heights.add(outcome.height());
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            DataThreads.shutDown(pool);
        }
        return new InspectionReport(format, dataset.size(), labels, unreadable,
                new ImageSizes(widths.stats(), heights.stats()));
    }

    private static Outcome decode(ImageDataset dataset, int index) {
        try {
            RawImage image = dataset.read(index);
            return new Outcome(index, image.width(), image.height(), null);
        } catch (Exception | OutOfMemoryError e) {
            return new Outcome(index, 0, 0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static final class SizeAccumulator {
        private int min = Integer.MAX_VALUE;
        private int max;
        private long sum;
        private int count;

        void add(int size) {
            min = Math.min(min, size);
            max = Math.max(max, size);
            sum += size;
            count++;
        }

        SizeStats stats() {
            return count == 0 ? null : new SizeStats(min, max, (double) sum / count);
        }
    }
}
