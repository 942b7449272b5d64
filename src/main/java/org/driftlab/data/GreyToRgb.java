package org.driftlab.data;

import java.util.SplittableRandom;

/** Repeats a grey channel three times; an image that already has three channels passes unchanged. */
public final class GreyToRgb implements ImageTransform {
    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        if (image.channels() == 3) {
            return image;
        }
        if (image.channels() != 1) {
            throw new IllegalArgumentException("grey→RGB needs 1 channel, the image has " + image.channels());
        }
        int plane = image.height() * image.width();
        float[] out = new float[3 * plane];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(image.data(), 0, out, c * plane, plane);
        }
        return new FloatImage(3, image.height(), image.width(), out);
    }
}
