package org.driftlab.data;

/** Cutting a window out of an image; parts of the window outside the image are zero. */
final class Crops {
    private Crops() {
    }

    static FloatImage window(FloatImage image, int top, int left, int height, int width) {
        float[] out = new float[image.channels() * height * width];
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < height; y++) {
                int sourceY = top + y;
                if (sourceY < 0 || sourceY >= image.height()) {
                    continue;
                }
                for (int x = 0; x < width; x++) {
                    int sourceX = left + x;
                    if (sourceX >= 0 && sourceX < image.width()) {
                        out[(c * height + y) * width + x] = image.get(c, sourceY, sourceX);
                    }
                }
            }
        }
        return new FloatImage(image.channels(), height, width, out);
    }
}
