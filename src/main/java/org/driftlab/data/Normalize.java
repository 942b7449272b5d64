package org.driftlab.data;

import java.util.SplittableRandom;

/** (x − mean) / std per channel, as torchvision's Normalize. */
public record Normalize(float[] mean, float[] std) implements ImageTransform {
    /** ImageNet statistics, what torchvision's pretrained SqueezeNet expects. */
    public static final Normalize IMAGENET = new Normalize(new float[] {0.485f, 0.456f, 0.406f},
            new float[] {0.229f, 0.224f, 0.225f});

    /** Pixel mean and std of the full Fashion-MNIST training set (0.2860, 0.3530), for its one grey channel. */
    public static final Normalize FASHION_MNIST = new Normalize(new float[] {0.2860f}, new float[] {0.3530f});
    /** The Fashion-MNIST statistics repeated over three channels, for grey images turned into RGB. */
    public static final Normalize FASHION_MNIST_RGB = new Normalize(new float[] {0.2860f, 0.2860f, 0.2860f},
            new float[] {0.3530f, 0.3530f, 0.3530f});

    public Normalize {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("mean and std need one value per channel, got " + mean.length
                    + " and " + std.length);
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        if (image.channels() != mean.length) {
            throw new IllegalArgumentException("normalisation is set for " + mean.length + " channels, the image has "
                    + image.channels() + " (add grey→RGB or RGB→grey first)");
        }
        int plane = image.height() * image.width();
        float[] out = new float[image.data().length];
        for (int c = 0; c < image.channels(); c++) {
            for (int i = 0; i < plane; i++) {
                out[c * plane + i] = (image.data()[c * plane + i] - mean[c]) / std[c];
            }
        }
        return new FloatImage(image.channels(), image.height(), image.width(), out);
    }
}
