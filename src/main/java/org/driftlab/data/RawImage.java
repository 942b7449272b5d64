package org.driftlab.data;

/**
 * A decoded image as stored: {@code height × width × channels} unsigned bytes, interleaved (HWC), row-major.
 * Channels are 1 (grey) or 3 (RGB).
 */
public record RawImage(int width, int height, int channels, byte[] pixels) {
    public RawImage {
        if (width <= 0 || height <= 0 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException("image must be at least 1×1 with 1 or 3 channels, got "
                    + width + "×" + height + "×" + channels);
        }
        if (pixels.length != width * height * channels) {
            throw new IllegalArgumentException("expected " + width * height * channels + " pixel bytes, got "
                    + pixels.length);
        }
    }

    /** The value of one pixel channel, 0–255. */
    public int value(int x, int y, int channel) {
        return pixels[(y * width + x) * channels + channel] & 0xFF;
    }
}
