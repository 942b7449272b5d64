package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteOrder;

/**
 * The convolution patches of an image batch as the rows of the unfolded matrix, read straight from the images:
 * rows in (image, output row, output column) order, columns in torch unfold order (channel outermost, then kernel
 * row, kernel column), zeros where a patch reaches into the padding. A column range selects one tile's input block.
 *
 * <p>The images are copied once into a Java array (each value is read by up to k·k patches, and an array is read
 * faster than a native buffer), with the largest |x| over each pixel's channels: a whole patch's largest |x|, which
 * noise management needs, is then the largest of its k·k pixels' values, exactly, without a pass over the patch.
 */
public final class PatchRows implements InputRows {
    private final float[] nhwc;
    private final float[] pixelAbsMax;
    private final int height;
    private final int width;
    private final int channels;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outHeight;
    private final int outWidth;
    private final int columnFrom;
    private final int columnCount;

    /**
     * The patches of a CPU image batch [batch, channels, height, width]. The images are read channels last: straight
     * from the tensor when it is laid out that way (as the tile outputs of the previous convolution are), else
     * through one transposing copy.
     */
    public static PatchRows of(NDArray nchw, int kernel, int stride, int padding) {
        Shape shape = nchw.getShape();
        int channels = (int) shape.get(1);
        float[] nhwc = new float[Math.toIntExact(shape.size())];
        nchw.transpose(0, 2, 3, 1).toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer().get(0, nhwc);
        return new PatchRows(nhwc, pixelAbsMax(nhwc, channels), (int) shape.get(2), (int) shape.get(3), channels,
                kernel, stride, padding, 0, channels * kernel * kernel);
    }

    private static float[] pixelAbsMax(float[] nhwc, int channels) {
        float[] max = new float[nhwc.length / channels];
        for (int p = 0; p < max.length; p++) {
            max[p] = FusedCpuMvm.absMax(nhwc, p * channels, channels);
        }
        return max;
    }

    private PatchRows(float[] nhwc, float[] pixelAbsMax, int height, int width, int channels, int kernel, int stride,
                      int padding, int columnFrom, int columnCount) {
        this.nhwc = nhwc;
        this.pixelAbsMax = pixelAbsMax;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outHeight = (height + 2 * padding - kernel) / stride + 1;
        this.outWidth = (width + 2 * padding - kernel) / stride + 1;
        this.columnFrom = columnFrom;
        this.columnCount = columnCount;
    }

    /** The same patches restricted to columns [from, from + count). */
    PatchRows columns(int from, int count) {
        return new PatchRows(nhwc, pixelAbsMax, height, width, channels, kernel, stride, padding, from, count);
    }

    private boolean allColumns() {
        return columnFrom == 0 && columnCount == channels * kernel * kernel;
    }

    @Override
    public void read(int row, float[] dst) {
        int image = row / (outHeight * outWidth);
        int position = row % (outHeight * outWidth);
        int top = (position / outWidth) * stride - padding;
        int left = (position % outWidth) * stride - padding;
        int area = kernel * kernel;
        boolean allColumns = allColumns();
        for (int kh = 0; kh < kernel; kh++) {
            int ih = top + kh;
            for (int kw = 0; kw < kernel; kw++) {
                int iw = left + kw;
                boolean inside = ih >= 0 && ih < height && iw >= 0 && iw < width;
                int source = ((image * height + ih) * width + iw) * channels;
                int column = kh * kernel + kw - columnFrom;
                if (allColumns && inside) {
                    for (int c = 0; c < channels; c++, column += area) {
                        dst[column] = nhwc[source + c];
                    }
                } else {
                    for (int c = 0; c < channels; c++, column += area) {
                        if (column >= 0 && column < columnCount) {
                            dst[column] = inside ? nhwc[source + c] : 0f;
                        }
                    }
                }
            }
        }
    }

    @Override
    public float absMax(int row, float[] values, int length) {
        if (!allColumns()) {
            return InputRows.super.absMax(row, values, length);
        }
        int image = row / (outHeight * outWidth);
        int position = row % (outHeight * outWidth);
        int top = (position / outWidth) * stride - padding;
        int left = (position % outWidth) * stride - padding;
        float max = 0f;
        for (int ih = Math.max(top, 0); ih < Math.min(top + kernel, height); ih++) {
            for (int iw = Math.max(left, 0); iw < Math.min(left + kernel, width); iw++) {
                float pixel = pixelAbsMax[(image * height + ih) * width + iw];
                max = pixel > max ? pixel : max;
            }
        }
        return max;
    }
}
