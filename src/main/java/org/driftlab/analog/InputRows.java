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
}
