package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Image batches laid out channels last in memory while keeping their NCHW shape (PyTorch's channels_last memory
 * format, which DJL does not name): the layout in which libtorch's CPU max pooling runs about ten times faster, and
 * which its convolutions, ReLU and concatenation then keep. Analog convolutions write it too.
 */
final class ChannelsLast {
    private ChannelsLast() {
    }

    /**
     * The same values [N, C, H, W], channels last in memory: a view when they already are, one copy otherwise.
     * Flattening the NHWC view is what forces the copy, and is free when that view is contiguous already.
     */
    static NDArray of(NDArray nchw) {
        Shape shape = nchw.getShape();
        return nchw.transpose(0, 2, 3, 1).reshape(-1)
                .reshape(shape.get(0), shape.get(2), shape.get(3), shape.get(1)).transpose(0, 3, 1, 2);
    }
}
