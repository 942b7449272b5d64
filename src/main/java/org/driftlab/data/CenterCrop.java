package org.driftlab.data;

import java.util.SplittableRandom;

/** The central window of a given size (torchvision's CenterCrop: offsets rounded half to even, zero padding). */
public record CenterCrop(int height, int width) implements ImageTransform {
    public CenterCrop {
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("crop size must be positive, got " + height + "×" + width);
        }
    }

    public static CenterCrop square(int size) {
        return new CenterCrop(size, size);
    }

    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        int top = (int) Math.rint((image.height() - height) / 2.0);
        int left = (int) Math.rint((image.width() - width) / 2.0);
        return Crops.window(image, top, left, height, width);
    }
}
