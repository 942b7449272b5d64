package org.driftlab.data;

/** Class-balanced subsets of a labelled IDX set: the first N images of each class, in their original order. */
public final class IdxSubset {
    private IdxSubset() {
    }

    public static IdxLabelledImages firstPerClass(IdxLabelledImages source, int perClass) {
        int classes = 0;
        for (byte label : source.labels()) {
            classes = Math.max(classes, (label & 0xFF) + 1);
        }
        int[] taken = new int[classes];
        int imageSize = source.images().rows() * source.images().columns();
        byte[] pixels = new byte[classes * perClass * imageSize];
        byte[] labels = new byte[classes * perClass];
        int kept = 0;
        for (int i = 0; i < source.count(); i++) {
            int label = source.labels()[i] & 0xFF;
            if (taken[label] < perClass) {
                taken[label]++;
                System.arraycopy(source.images().pixels(), i * imageSize, pixels, kept * imageSize, imageSize);
                labels[kept++] = (byte) label;
            }
        }
        for (int label = 0; label < classes; label++) {
            if (taken[label] < perClass) {
                throw new IllegalArgumentException("class " + label + " has only " + taken[label] + " images, fewer"
                        + " than the " + perClass + " asked for");
            }
        }
        IdxImages images = new IdxImages(kept, source.images().rows(), source.images().columns(), pixels);
        return new IdxLabelledImages(images, labels);
    }
}
