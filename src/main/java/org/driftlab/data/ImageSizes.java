package org.driftlab.data;

/** The spread of image widths and heights; null statistics when no image could be read. */
public record ImageSizes(SizeStats width, SizeStats height) {
}
