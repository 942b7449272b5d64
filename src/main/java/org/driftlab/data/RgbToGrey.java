package org.driftlab.data;

import java.util.SplittableRandom;

/** ITU-R 601 luma (0.299 R + 0.587 G + 0.114 B, PIL's convert('L')); a grey image passes unchanged. */
public final class RgbToGrey implements ImageTransform {
    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        if (image.channels() == 1) {
            return image;
        }
        if (image.channels() != 3) {
            throw new IllegalArgumentException("RGB→grey needs 3 channels, the image has " + image.channels());
        }
        int plane = image.height() * image.width();
        float[] data = image.data();
        float[] out = new float[plane];
        for (int i = 0; i < plane; i++) {
            out[i] = 0.299f * data[i] + 0.587f * data[plane + i] + 0.114f * data[2 * plane + i];
        }
        return new FloatImage(1, image.height(), image.width(), out);
    }
}
