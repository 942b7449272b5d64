package org.driftlab.data;

import java.util.SplittableRandom;

/**
 * Bilinear resize with half-pixel centres (PyTorch's interpolate with align_corners=False, no antialiasing):
 * either to an exact size or so that the shorter side has a given length, the longer one scaled and truncated
 * as torchvision's Resize(int) does.
 */
public final class Resize implements ImageTransform {
    private final int shorterSide;
    private final int height;
    private final int width;

    private Resize(int shorterSide, int height, int width) {
        this.shorterSide = shorterSide;
        this.height = height;
        this.width = width;
    }

    public static Resize shorterSide(int length) {
        requirePositive(length);
        return new Resize(length, 0, 0);
    }

    public static Resize exact(int height, int width) {
        requirePositive(height);
        requirePositive(width);
        return new Resize(0, height, width);
    }

    private static void requirePositive(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("resize size must be positive, got " + size);
        }
    }

    @Override
    public FloatImage apply(FloatImage image, SplittableRandom random) {
        int outHeight = height;
        int outWidth = width;
        if (shorterSide > 0) {
            if (image.height() <= image.width()) {
                outHeight = shorterSide;
                outWidth = (int) ((long) shorterSide * image.width() / image.height());
            } else {
                outWidth = shorterSide;
                outHeight = (int) ((long) shorterSide * image.height() / image.width());
            }
        }
        if (outHeight == image.height() && outWidth == image.width()) {
            return image;
        }
        return bilinear(image, outHeight, outWidth);
    }

    static FloatImage bilinear(FloatImage image, int outHeight, int outWidth) {
        float[] out = new float[image.channels() * outHeight * outWidth];
        double scaleY = (double) image.height() / outHeight;
        double scaleX = (double) image.width() / outWidth;
        for (int y = 0; y < outHeight; y++) {
            double sourceY = Math.max(0, (y + 0.5) * scaleY - 0.5);
            int y0 = Math.min((int) sourceY, image.height() - 1);
            int y1 = Math.min(y0 + 1, image.height() - 1);
            double fy = sourceY - y0;
            for (int x = 0; x < outWidth; x++) {
                double sourceX = Math.max(0, (x + 0.5) * scaleX - 0.5);
                int x0 = Math.min((int) sourceX, image.width() - 1);
                int x1 = Math.min(x0 + 1, image.width() - 1);
                double fx = sourceX - x0;
                for (int c = 0; c < image.channels(); c++) {
                    double top = image.get(c, y0, x0) * (1 - fx) + image.get(c, y0, x1) * fx;
                    double bottom = image.get(c, y1, x0) * (1 - fx) + image.get(c, y1, x1) * fx;
                    out[(c * outHeight + y) * outWidth + x] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
        return new FloatImage(image.channels(), outHeight, outWidth, out);
    }
}
