package org.driftlab.data;

/** One COCO category. */
record CocoCategory(long id, String name) {
}
