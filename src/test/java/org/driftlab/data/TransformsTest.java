package org.driftlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each transform checked by hand on arrays of a few pixels. */
class TransformsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(1);

    private static FloatImage grey(int height, int width, float... values) {
        return new FloatImage(1, height, width, values);
    }

    @Test
    void bytesBecomeChannelMajorFloatsInZeroToOne() {
        RawImage raw = new RawImage(2, 1, 3, new byte[] {0, (byte) 255, 51, (byte) 102, 0, (byte) 255});
        FloatImage image = FloatImage.of(raw);
        assertArrayEquals(new float[] {0f, 0.4f, 1f, 0f, 0.2f, 1f}, image.data(), 1e-6f);
    }

    @Test
    void bilinearResizeUsesHalfPixelCentres() {
        // 1×2 → 1×4: output x maps to source (x + 0.5) / 2 − 0.5 = −0.25, 0.25, 0.75, 1.25, clamped to [0, 1].
        FloatImage resized = Resize.exact(1, 4).apply(grey(1, 2, 0f, 1f), RANDOM);
        assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, resized.data(), 1e-6f);
        // Downscaling 2×2 → 1×1 samples the centre: the mean of the four.
        assertArrayEquals(new float[] {2.5f}, Resize.exact(1, 1).apply(grey(2, 2, 1, 2, 3, 4), RANDOM).data(), 1e-6f);
    }

    @Test
    void shorterSideResizeKeepsTheAspectRatioTruncated() {
        FloatImage wide = new FloatImage(1, 4, 10, new float[40]);
        FloatImage resized = Resize.shorterSide(3).apply(wide, RANDOM);
        assertEquals(3, resized.height());
        assertEquals(7, resized.width());
        FloatImage tall = new FloatImage(1, 10, 4, new float[40]);
        assertEquals(7, Resize.shorterSide(3).apply(tall, RANDOM).height());
        assertSame(wide, Resize.shorterSide(4).apply(wide, RANDOM));
    }

    @Test
    void centreCropTakesTheMiddleAndPadsWithZeros() {
        FloatImage image = grey(3, 4, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertArrayEquals(new float[] {5, 6}, new CenterCrop(1, 2).apply(image, RANDOM).data());
        // (3 − 2) / 2 = 0.5 rounds half to even: the window starts at row 0, as torchvision's round() gives.
        assertArrayEquals(new float[] {1, 2, 5, 6}, CenterCrop.square(2).apply(image, RANDOM).data());
        assertArrayEquals(new float[] {7, 0, 0, 0}, CenterCrop.square(2).apply(grey(1, 1, 7), RANDOM).data());
    }

    @Test
    void normaliseSubtractsTheMeanAndDividesByTheStdPerChannel() {
        FloatImage image = new FloatImage(2, 1, 2, new float[] {1, 3, 10, 20});
        FloatImage normalised = new Normalize(new float[] {1, 10}, new float[] {2, 5}).apply(image, RANDOM);
        assertArrayEquals(new float[] {0, 1, 0, 2}, normalised.data(), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> Normalize.IMAGENET.apply(grey(1, 1, 0), RANDOM));
    }

    @Test
    void greyAndRgbConvertBothWays() {
        FloatImage rgb = new GreyToRgb().apply(grey(1, 2, 0.25f, 0.5f), RANDOM);
        assertEquals(3, rgb.channels());
        assertArrayEquals(new float[] {0.25f, 0.5f, 0.25f, 0.5f, 0.25f, 0.5f}, rgb.data());
        FloatImage pure = new FloatImage(3, 1, 1, new float[] {1, 0, 0});
        assertArrayEquals(new float[] {0.299f}, new RgbToGrey().apply(pure, RANDOM).data(), 1e-6f);
        assertArrayEquals(new float[] {0.5f}, new RgbToGrey().apply(
                new GreyToRgb().apply(grey(1, 1, 0.5f), RANDOM), RANDOM).data(), 1e-6f);
    }

    @Test
    void flipMirrorsEachRow() {
        FloatImage image = new FloatImage(2, 2, 2, new float[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertArrayEquals(new float[] {2, 1, 4, 3, 6, 5, 8, 7},
                new RandomHorizontalFlip(1).apply(image, RANDOM).data());
        assertSame(image, new RandomHorizontalFlip(0).apply(image, RANDOM));
    }

    @Test
    void randomCropWithPaddingCoversEveryOffsetAndIsDeterministicPerSeed() {
        FloatImage image = grey(2, 2, 1, 2, 3, 4);
        RandomCrop crop = RandomCrop.square(2, 1);
        Set<String> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            seen.add(java.util.Arrays.toString(crop.apply(image, random).data()));
        }
        // Offsets −1, 0, 1 in each direction: nine windows, one of them the image itself.
        assertEquals(9, seen.size());
        assertEquals(true, seen.contains("[1.0, 2.0, 3.0, 4.0]"));
        assertEquals(true, seen.contains("[0.0, 0.0, 0.0, 1.0]"));
        assertArrayEquals(crop.apply(image, new SplittableRandom(9)).data(),
                crop.apply(image, new SplittableRandom(9)).data());
    }

    @Test
    void aPipelineAppliesItsStepsInOrder() {
        ImagePipeline pipeline = ImagePipeline.of(new GreyToRgb(), Resize.exact(4, 4), CenterCrop.square(2),
                Normalize.IMAGENET);
        FloatImage out = pipeline.apply(new RawImage(2, 2, 1, new byte[] {0, 0, 0, 0}), RANDOM);
        assertEquals(3, out.channels());
        assertEquals(2, out.height());
        assertEquals(-0.485f / 0.229f, out.data()[0], 1e-5f);
        assertNotEquals(out.data()[0], out.data()[out.data().length - 1]);
    }

    @Test
    void standardPipelinesGiveTheChosenSizeAndChannels() {
        RawImage fashion = new RawImage(28, 28, 1, new byte[28 * 28]);
        FloatImage train = StandardPipelines.fashionMnistTraining(32, true, Augmentation.CROP_FLIP).apply(fashion, new SplittableRandom(2));
        assertEquals(3, train.channels());
        assertEquals(32, train.height());
        FloatImage test = StandardPipelines.fashionMnistEvaluation(48, false).apply(fashion, RANDOM);
        assertEquals(1, test.channels());
        assertEquals(48, test.width());
        assertEquals(-0.2860f / 0.3530f, test.data()[0], 1e-5f);
        FloatImage vww = StandardPipelines.vwwEvaluation(96).apply(new RawImage(64, 48, 3, new byte[64 * 48 * 3]),
                RANDOM);
        assertEquals(96, vww.height());
        assertEquals(96, vww.width());
        assertEquals(96, StandardPipelines.vwwTraining(96, Augmentation.CROP_FLIP).apply(new RawImage(64, 48, 3, new byte[64 * 48 * 3]),
                RANDOM).width());
    }

    @Test
    void withoutAugmentationTrainingSeesTheEvaluationImageAndWithFlipOnlyItOrItsMirror() {
        byte[] pixels = new byte[28 * 28];
        new SplittableRandom(5).nextBytes(pixels);
        RawImage fashion = new RawImage(28, 28, 1, pixels);
        FloatImage evaluation = StandardPipelines.fashionMnistEvaluation(32, false).apply(fashion, RANDOM);
        FloatImage mirrored = RandomHorizontalFlip.flip(evaluation);
        for (int seed = 0; seed < 8; seed++) {
            FloatImage none = StandardPipelines.fashionMnistTraining(32, false, Augmentation.NONE)
                    .apply(fashion, new SplittableRandom(seed));
            assertArrayEquals(evaluation.data(), none.data());
            FloatImage flipped = StandardPipelines.fashionMnistTraining(32, false, Augmentation.FLIP)
                    .apply(fashion, new SplittableRandom(seed));
            assertTrue(java.util.Arrays.equals(evaluation.data(), flipped.data())
                    || java.util.Arrays.equals(mirrored.data(), flipped.data()), "seed " + seed);
        }
        RawImage photo = new RawImage(64, 48, 3, java.util.Arrays.copyOf(pixels, 64 * 48 * 3));
        assertArrayEquals(StandardPipelines.vwwEvaluation(40).apply(photo, RANDOM).data(),
                StandardPipelines.vwwTraining(40, Augmentation.NONE).apply(photo, new SplittableRandom(3)).data());
    }

    @Test
    void anUnknownAugmentationNamesTheAllowedOnes() {
        assertEquals(Augmentation.FLIP, Augmentation.parse(" Flip"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Augmentation.parse("mixup"));
        assertEquals("unknown augmentation 'mixup'; allowed: crop-flip, flip, none", error.getMessage());
    }
}
