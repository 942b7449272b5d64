package org.driftlab.data;

import java.util.SplittableRandom;

/** Training augmentation: pad each side with zeros, then cut a window of the given size at a random offset. */
public record RandomCrop(int height, int width, int padding) implements ImageTransform {
    public RandomCrop {
        if (height <= 0 || width <= 0 || padding < 0) {
            throw new IllegalArgumentException("random crop needs a positive size and padding >= 0, got " + height
                    + "×" + width + " padding " + padding);
        }
    }

    public static RandomCrop square(int size, int padding) {
        return new RandomCrop(size, size, padding);
    }

    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        int top = random.nextInt(Math.max(1, image.height() + 2 * padding - height + 1)) - padding;
        int left = random.nextInt(Math.max(1, image.width() + 2 * padding - width + 1)) - padding;
        return Crops.window(image, top, left, height, width);
    }
}
