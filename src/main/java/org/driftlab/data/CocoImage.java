package org.driftlab.data;

/** One entry of a COCO "images" list, the fields the datasets need. */
record CocoImage(long id, String fileName, int width, int height) {
}
