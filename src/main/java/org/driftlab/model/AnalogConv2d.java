package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.Initializer;
import org.driftlab.analog.OutputRows;
import org.driftlab.analog.PatchRows;
import org.driftlab.config.RpuConfig;

/**
 * A 2-D convolution on analog tiles as an exact unfolded matrix product (spec 7.7): each output position's patch is
 * one input vector of the tiles, so noise and bound management act per patch. Weight [out, C_in, k, k], read by the
 * tiles as [out, C_in·k·k] in torch unfold order. Square kernels, no groups, no dilation (SqueezeNet needs none).
 */
public final class AnalogConv2d extends AnalogLayer {
    private final int outChannels;
    private final int kernel;
    private final int stride;
    private final int padding;

    public AnalogConv2d(String name, RpuConfig config, int inChannels, int outChannels, int kernel, int stride,
                        int padding, Initializer weightInit) {
        this(name, config, inChannels, outChannels, kernel, stride, padding, 1, weightInit);
    }

    public AnalogConv2d(String name, RpuConfig config, int inChannels, int outChannels, int kernel, int stride,
                        int padding, int groups, Initializer weightInit) {
        super(name, config, new Shape(outChannels, inChannels, kernel, kernel), outChannels, weightInit);
        if (groups != 1) {
            throw new IllegalArgumentException("layer " + name + ": grouped convolutions (groups = " + groups
                    + ") are not supported on analog tiles; only groups = 1");
        }
        if (kernel < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException("layer " + name + ": kernel and stride must be at least 1 and padding "
                    + "at least 0, got kernel " + kernel + ", stride " + stride + ", padding " + padding);
        }
        this.outChannels = outChannels;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    public LayerKind kind() {
        return LayerKind.CONV;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    public int padding() {
        return padding;
    }

    /**
     * The tiles write one output row per patch, so the result is channels last ([batch, H, W, out] viewed as NCHW),
     * in evaluation and in training alike: the next convolution reads it as its patches without a copy, and the
     * digital steps between (ReLU, pooling, concatenation) keep that layout.
     */
    @Override
    protected NDArray analogForward(NDArray x, boolean training, OutputRows into) {
        Shape in = x.getShape();
        int outH = Patches.outputSize(in.get(2), kernel, stride, padding);
        int outW = Patches.outputSize(in.get(3), kernel, stride, padding);
        int rows = (int) in.get(0) * outH * outW;
        NDArray y = readsPatchesDirectly(x, training)
                ? tileForwardPatches(PatchRows.of(x, kernel, stride, padding), rows, x.getManager(), training, into)
                : tileForward(Patches.unfold(x, kernel, stride, padding), training, into);
        return y.reshape(in.get(0), outH, outW, outChannels).transpose(0, 3, 1, 2);
    }

    /**
     * Whether the tiles read their patches straight from the images (fused CPU path) instead of an unfolded matrix.
     * A 1×1 convolution with stride 1 keeps the matrix: it is the images viewed channels last, free to build.
     */
    private boolean readsPatchesDirectly(NDArray x, boolean training) {
        boolean pointwise = kernel == 1 && stride == 1 && padding == 0;
        return !pointwise && !x.getDevice().isGpu() && tileArray().readsPatches(training);
    }

    /**
     * The unfolded columns run channel by channel (C_in, k, k); a per-channel clip expresses the ranges when every
     * channel's k·k columns share one range, which holds unless a tile split falls inside a channel.
     */
    @Override
    protected NDArray clipToInputRanges(NDArray x, float[] columnRanges) {
        int perChannel = kernel * kernel;
        int channels = columnRanges.length / perChannel;
        float[] channelRanges = new float[channels];
        for (int c = 0; c < channels; c++) {
            channelRanges[c] = columnRanges[c * perChannel];
            for (int k = 1; k < perChannel; k++) {
                if (columnRanges[c * perChannel + k] != channelRanges[c]) {
                    return x;
                }
            }
        }
        NDArray r = x.getManager().create(channelRanges).reshape(1, channels, 1, 1);
        return x.minimum(r).maximum(r.neg());
    }

    /** [batch, out, H, W] to the rows of the unfolded product, (batch, H, W) order. */
    @Override
    protected NDArray outputRows(NDArray output) {
        return output.transpose(0, 2, 3, 1).reshape(-1, outChannels);
    }

    @Override
    protected NDArray idealForward(NDArray x, NDArray w, NDArray b) {
        return Conv2d.conv2d(x, w, b, new Shape(stride, stride), new Shape(padding, padding), new Shape(1, 1))
                .singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), outChannels, Patches.outputSize(in.get(2), kernel, stride, padding),
                Patches.outputSize(in.get(3), kernel, stride, padding))};
    }
}
