package org.driftlab.model;

import ai.djl.ndarray.types.Shape;

/**
 * One row of a network's layer table, like aihwkit's analog_summary.
 *
 * @param reuse        how many input vectors one inference feeds each tile: output positions for a convolution, 1
 *                     for a linear layer
 * @param mvmsPerInference tile matrix-vector products per inference: reuse × tiles (0 for a digital layer)
 * @param macs         multiply-accumulates per inference (weights × reuse)
 */
public record LayerTableRow(String name, LayerKind kind, Shape weightShape, Shape inputShape, Shape outputShape,
                            int tiles, boolean analog, long reuse, long mvmsPerInference, long macs) {
}
