package org.driftlab.data;

/** One entry of a COCO "annotations" list, the fields the person rule needs. */
record CocoAnnotation(long imageId, long categoryId, double area) {
}
