package org.driftlab.data;

import ai.djl.ndarray.NDArray;

/**
 * One batch: images [B, C, H, W] float32 and labels [B] int64 (class indices; a BCE loss casts them to float), on
 * the loader's NDManager, plus the dataset indices they came from. Closing frees the two arrays.
 */
public record Batch(NDArray images, NDArray labels, int[] indices) implements AutoCloseable {
    public int size() {
        return indices.length;
    }

    @Override
    public void close() {
        images.close();
        labels.close();
    }
}
