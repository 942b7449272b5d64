package org.driftlab.data;

import java.util.SplittableRandom;

/** Training augmentation: mirror left–right with the given probability. */
public record RandomHorizontalFlip(double probability) implements ImageTransform {
    public RandomHorizontalFlip {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("flip probability must be in [0, 1], got " + probability);
        }
    }

    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        if (random.nextDouble() >= probability) {
            return image;
        }
        return flip(image);
    }

    static FloatImage flip(FloatImage image) {
        float[] out = new float[image.data().length];
        int width = image.width();
        for (int row = 0; row < image.channels() * image.height(); row++) {
            for (int x = 0; x < width; x++) {
                out[row * width + x] = image.data()[row * width + width - 1 - x];
            }
        }
        return new FloatImage(image.channels(), image.height(), width, out);
    }
}
