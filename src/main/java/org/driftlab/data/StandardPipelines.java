package org.driftlab.data;

import java.util.ArrayList;
import java.util.List;

/** The preprocessing that training and evaluation normally use, so both sides agree on it. */
public final class StandardPipelines {
    private StandardPipelines() {
    }

    /**
     * Fashion-MNIST for evaluation: 28×28 grey resized to size×size (bilinear), as 3 channels when {@code rgb},
     * normalised with the Fashion-MNIST statistics.
     */
    public static ImagePipeline fashionMnistEvaluation(int size, boolean rgb) {
        List<ImageTransform> steps = new ArrayList<>();
        steps.add(Resize.exact(size, size));
        addColour(steps, rgb);
        return new ImagePipeline(steps);
    }

    /**
     * Fashion-MNIST for training: resized to size×size; with {@link Augmentation#CROP_FLIP} a random crop of that
     * size after zero padding of size/8 pixels (4 at 32); a random horizontal flip unless {@link Augmentation#NONE};
     * then as {@link #fashionMnistEvaluation}.
     */
    public static ImagePipeline fashionMnistTraining(int size, boolean rgb, Augmentation augmentation) {
        List<ImageTransform> steps = new ArrayList<>();
        steps.add(Resize.exact(size, size));
        if (augmentation.crops()) {
            steps.add(RandomCrop.square(size, Math.max(1, size / 8)));
        }
        if (augmentation.flips()) {
            steps.add(new RandomHorizontalFlip(0.5));
        }
        addColour(steps, rgb);
        return new ImagePipeline(steps);
    }

    private static void addColour(List<ImageTransform> steps, boolean rgb) {
        if (rgb) {
            steps.add(new GreyToRgb());
            steps.add(Normalize.FASHION_MNIST_RGB);
        } else {
            steps.add(Normalize.FASHION_MNIST);
        }
    }

    /**
     * Visual Wake Words for evaluation as the original study did it at 224 (Resize(256) → CenterCrop(224) →
     * ImageNet normalisation), scaled to other sizes by the same 256/224 ratio.
     */
    public static ImagePipeline vwwEvaluation(int size) {
        return ImagePipeline.of(Resize.shorterSide(Math.round(size * 256f / 224f)), CenterCrop.square(size),
                Normalize.IMAGENET);
    }

    /**
     * Visual Wake Words for training: as evaluation, with a random crop instead of the centre one
     * ({@link Augmentation#CROP_FLIP}) and a random flip (unless {@link Augmentation#NONE}).
     */
    public static ImagePipeline vwwTraining(int size, Augmentation augmentation) {
        List<ImageTransform> steps = new ArrayList<>();
        steps.add(Resize.shorterSide(Math.round(size * 256f / 224f)));
        steps.add(augmentation.crops() ? RandomCrop.square(size, 0) : CenterCrop.square(size));
        if (augmentation.flips()) {
            steps.add(new RandomHorizontalFlip(0.5));
        }
        steps.add(Normalize.IMAGENET);
        return new ImagePipeline(steps);
    }
}
