package org.driftlab.analog;

/**
 * Where the fused forward reads a tile's input vectors from: the rows of a matrix, or the patches of an image
 * batch ({@link PatchRows}), so that a convolution need not build its unfolded matrix first. Implementations are
 * read from several threads at once.
 */
@FunctionalInterface
interface InputRows {
    /** Copies input vector {@code row} into dst[0, the tile's input size). */
    void read(int row, float[] dst);

    /**
     * The largest |x| of input vector {@code row} (0 for a row of zeros), which {@link #read} has just copied into
     * values[0, length): computed from those values unless the implementation knows it more cheaply.
     */
    default float absMax(int row, float[] values, int length) {
        return FusedCpuMvm.absMax(values, length);
    }
}
