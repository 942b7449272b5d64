package org.driftlab.data;

/** An image as floats in channel-major (CHW) order, what the network takes. */
public record FloatImage(int channels, int height, int width, float[] data) {
    public FloatImage {
        if (channels <= 0 || height <= 0 || width <= 0 || data.length != channels * height * width) {
            throw new IllegalArgumentException("a " + channels + "×" + height + "×" + width + " image needs "
                    + channels * height * width + " values, got " + data.length);
        }
    }

    /** Pixel bytes scaled to [0, 1], as torchvision's ToTensor does. */
    public static FloatImage of(RawImage raw) {
        int channels = raw.channels();
        int plane = raw.width() * raw.height();
        float[] data = new float[channels * plane];
        byte[] pixels = raw.pixels();
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < channels; c++) {
                data[c * plane + i] = (pixels[i * channels + c] & 0xFF) / 255f;
            }
        }
        return new FloatImage(channels, raw.height(), raw.width(), data);
    }

    public float get(int channel, int y, int x) {
        return data[(channel * height + y) * width + x];
    }
}
