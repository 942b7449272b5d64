package org.driftlab.analog;

import ai.djl.ndarray.types.Shape;

/**
 * How the fused forward lays out a tile's outputs: one row per input vector, [rows, out], or channels first per
 * image, [images, out, positions], which is a convolution's output in NCHW order when the rows are the image's
 * output positions in (image, row, column) order.
 *
 * @param positionsPerImage the output positions of one image for channels first; 0 for rows
 */
public record OutputLayout(int positionsPerImage) {
    public static final OutputLayout ROWS = new OutputLayout(0);

    public OutputLayout {
        if (positionsPerImage < 0) {
            throw new IllegalArgumentException("positions per image must be >= 0, got " + positionsPerImage);
        }
    }

    public static OutputLayout channelsFirst(int positionsPerImage) {
        if (positionsPerImage < 1) {
            throw new IllegalArgumentException("channels first needs at least one position per image");
        }
        return new OutputLayout(positionsPerImage);
    }

    public boolean isChannelsFirst() {
        return positionsPerImage > 0;
    }

    /** The shape of the outputs of {@code rows} input vectors with {@code out} outputs each. */
    Shape shape(int rows, int out) {
        return isChannelsFirst() ? new Shape(rows / positionsPerImage, out, positionsPerImage) : new Shape(rows, out);
    }

    /** The shape a per-output term [out] takes to broadcast over outputs in this layout. */
    Shape columnShape(int out) {
        return isChannelsFirst() ? new Shape(out, 1) : new Shape(out);
    }
}
