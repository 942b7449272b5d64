package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The convolution patches of an image batch as the rows of the unfolded matrix, read straight from the images:
 * rows in (image, output row, output column) order, columns in torch unfold order (channel outermost, then kernel
 * row, kernel column), zeros where a patch reaches into the padding. A column range selects one tile's input block.
 */
public final class PatchRows implements InputRows {
    private final FloatBuffer nhwc;
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
     * The patches of a CPU image batch [batch, channels, height, width]. The images are read channels last: free
     * when the tensor is laid out that way (as the tile outputs of the previous convolution are), else one copy.
     */
    public static PatchRows of(NDArray nchw, int kernel, int stride, int padding) {
        Shape shape = nchw.getShape();
        FloatBuffer nhwc = nchw.transpose(0, 2, 3, 1).toByteBuffer(true).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        int channels = (int) shape.get(1);
        return new PatchRows(nhwc, (int) shape.get(2), (int) shape.get(3), channels, kernel, stride, padding, 0,
                channels * kernel * kernel);
    }

    private PatchRows(FloatBuffer nhwc, int height, int width, int channels, int kernel, int stride, int padding,
                      int columnFrom, int columnCount) {
        this.nhwc = nhwc;
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
        return new PatchRows(nhwc, height, width, channels, kernel, stride, padding, from, count);
    }

    @Override
    public void read(int row, float[] dst) {
        int perImage = outHeight * outWidth;
        int image = row / perImage;
        int position = row % perImage;
        int top = (position / outWidth) * stride - padding;
        int left = (position % outWidth) * stride - padding;
        int area = kernel * kernel;
        boolean allColumns = columnFrom == 0 && columnCount == channels * area;
        for (int kh = 0; kh < kernel; kh++) {
            int ih = top + kh;
            for (int kw = 0; kw < kernel; kw++) {
                int iw = left + kw;
                boolean inside = ih >= 0 && ih < height && iw >= 0 && iw < width;
                int source = ((image * height + ih) * width + iw) * channels;
                int column = kh * kernel + kw - columnFrom;
                for (int c = 0; c < channels; c++, column += area) {
                    if (allColumns || (column >= 0 && column < columnCount)) {
                        dst[column] = inside ? nhwc.get(source + c) : 0f;
                    }
                }
            }
        }
    }
}
