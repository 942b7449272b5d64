package org.driftlab.data;

/**
 * One image's entry in a TF-slim VWW annotation map: its stored label (null when absent), the areas of its
 * person boxes, and whether it is the older per-image-list variant.
 */
record TfSlimEntry(Integer label, double[] boxAreas, boolean olderVariant) {
}
