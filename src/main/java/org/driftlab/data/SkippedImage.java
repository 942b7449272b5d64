package org.driftlab.data;

/** An image that could not be read, and why. */
public record SkippedImage(String file, String reason) {
}
