package org.driftlab.data;

/** Minimum, maximum and mean of image sides in pixels. */
public record SizeStats(int min, int max, double mean) {
}
