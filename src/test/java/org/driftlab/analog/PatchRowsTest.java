package org.driftlab.analog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

/** Patches read straight from the images against the unfolded matrix computed here by definition. */
class PatchRowsTest extends WithTensorManager {
    private static final int[][] GEOMETRIES = {{3, 1, 1}, {3, 2, 0}, {3, 2, 1}, {2, 1, 0}, {1, 1, 0}, {3, 1, 2}};

    PatchRowsTest() {
        super(Device.cpu());
    }

    /** Row (n, oh, ow), column (c, kh, kw) of torch's unfold: x[n, c, oh·s − p + kh, ow·s − p + kw], 0 outside. */
    private static float[][] unfold(float[] x, Shape shape, int kernel, int stride, int padding) {
        int batch = (int) shape.get(0);
        int channels = (int) shape.get(1);
        int height = (int) shape.get(2);
        int width = (int) shape.get(3);
        int outH = (height + 2 * padding - kernel) / stride + 1;
        int outW = (width + 2 * padding - kernel) / stride + 1;
        float[][] rows = new float[batch * outH * outW][channels * kernel * kernel];
        for (int n = 0; n < batch; n++) {
            for (int oh = 0; oh < outH; oh++) {
                for (int ow = 0; ow < outW; ow++) {
                    float[] row = rows[(n * outH + oh) * outW + ow];
                    for (int c = 0; c < channels; c++) {
                        for (int kh = 0; kh < kernel; kh++) {
                            for (int kw = 0; kw < kernel; kw++) {
                                int ih = oh * stride - padding + kh;
                                int iw = ow * stride - padding + kw;
                                boolean inside = ih >= 0 && ih < height && iw >= 0 && iw < width;
                                row[(c * kernel + kh) * kernel + kw] = inside
                                        ? x[((n * channels + c) * height + ih) * width + iw] : 0f;
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static float absMax(float[] values) {
        float max = 0f;
        for (float value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    @Test
    void everyRowAndItsLargestMagnitudeMatchTheUnfoldedMatrix() {
        Shape shape = new Shape(2, 5, 7, 6);
        NDArray images = new Rng(4).normal(manager, shape);
        NDArray channelsLast = images.transpose(0, 2, 3, 1).duplicate().transpose(0, 3, 1, 2);
        for (int[] g : GEOMETRIES) {
            float[][] expected = unfold(images.toFloatArray(), shape, g[0], g[1], g[2]);
            for (NDArray layout : new NDArray[] {images, channelsLast}) {
                PatchRows patches = PatchRows.of(layout, g[0], g[1], g[2]);
                float[] row = new float[expected[0].length];
                for (int r = 0; r < expected.length; r++) {
                    String where = Arrays.toString(g) + ", row " + r;
                    patches.read(r, row);
                    assertArrayEquals(expected[r], row, 0f, where);
                    assertEquals(absMax(expected[r]), patches.absMax(r, row, row.length), 0f, where);
                }
            }
        }
    }

    @Test
    void aColumnRangeReadsThatPartOfEachRow() {
        Shape shape = new Shape(1, 4, 5, 5);
        NDArray images = new Rng(5).normal(manager, shape);
        float[][] expected = unfold(images.toFloatArray(), shape, 3, 1, 1);
        for (int[] range : new int[][] {{0, 17}, {17, 17}, {34, 2}, {5, 1}}) {
            PatchRows part = PatchRows.of(images, 3, 1, 1).columns(range[0], range[1]);
            float[] row = new float[range[1]];
            for (int r = 0; r < expected.length; r++) {
                float[] slice = Arrays.copyOfRange(expected[r], range[0], range[0] + range[1]);
                part.read(r, row);
                assertArrayEquals(slice, row, 0f, Arrays.toString(range) + ", row " + r);
                assertEquals(absMax(slice), part.absMax(r, row, row.length), 0f);
            }
        }
    }
}
