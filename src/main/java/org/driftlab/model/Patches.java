package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/** The convolution patches of an NCHW input as rows of a matrix, without a transposing copy of the patch tensor. */
final class Patches {
    private Patches() {
    }

    static int outputSize(long size, int kernel, int stride, int padding) {
        return (int) ((size + 2L * padding - kernel) / stride + 1);
    }

    /**
     * [B·H'·W', C·k·k], rows in (b, h', w') order, columns in torch unfold order (channel outermost, then kh, kw):
     * the input viewed as NHWC, padded, its k·k shifted strided slices stacked on a new last axis.
     */
    static NDArray unfold(NDArray x, int kernel, int stride, int padding) {
        Shape shape = x.getShape();
        long batch = shape.get(0);
        long channels = shape.get(1);
        int outH = outputSize(shape.get(2), kernel, stride, padding);
        int outW = outputSize(shape.get(3), kernel, stride, padding);
        NDArray nhwc = x.transpose(0, 2, 3, 1);
        if (kernel == 1 && stride == 1 && padding == 0) {
            return nhwc.reshape(batch * outH * outW, channels);
        }
        if (padding > 0) {
            nhwc = nhwc.pad(new Shape(0, 0, padding, padding, padding, padding), 0);
        }
        NDList shifted = new NDList(kernel * kernel);
        for (int kh = 0; kh < kernel; kh++) {
            for (int kw = 0; kw < kernel; kw++) {
                shifted.add(nhwc.get(new NDIndex(":, {}:{}:{}, {}:{}:{}, :",
                        kh, kh + stride * (outH - 1) + 1, stride, kw, kw + stride * (outW - 1) + 1, stride)));
            }
        }
        return NDArrays.stack(shifted, 4).reshape(batch * outH * outW, channels * kernel * kernel);
    }
}
