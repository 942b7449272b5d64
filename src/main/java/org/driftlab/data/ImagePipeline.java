package org.driftlab.data;

import java.util.List;
import java.util.SplittableRandom;

/** Decoded bytes → [0, 1] floats (CHW) → each transform in order. */
public record ImagePipeline(List<ImageTransform> transforms) {
    public ImagePipeline {
        transforms = List.copyOf(transforms);
    }

    public static ImagePipeline of(ImageTransform... transforms) {
        return new ImagePipeline(List.of(transforms));
    }

    public FloatImage apply(RawImage raw, SplittableRandom random) {
        FloatImage image = FloatImage.of(raw);
        for (ImageTransform transform : transforms) {
            image = transform.apply(image, random);
        }
        return image;
    }
}
