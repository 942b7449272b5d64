package org.driftlab.data;

import java.util.SplittableRandom;

/** One preprocessing step. Random steps draw only from the generator passed in, so a seed fixes the result. */
@FunctionalInterface
public interface ImageTransform {
    FloatImage apply(FloatImage image, SplittableRandom random);
}
