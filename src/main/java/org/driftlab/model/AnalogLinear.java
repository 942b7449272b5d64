package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.Initializer;
import org.driftlab.analog.OutputRows;
import org.driftlab.config.RpuConfig;

/** A fully connected layer on analog tiles: weight [out, in], bias [out], inputs [batch, in]. */
public final class AnalogLinear extends AnalogLayer {
    private final int inFeatures;
    private final int outFeatures;

    public AnalogLinear(String name, RpuConfig config, int inFeatures, int outFeatures, Initializer weightInit) {
        super(name, config, new Shape(outFeatures, inFeatures), outFeatures, weightInit);
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
    }

    @Override
    public LayerKind kind() {
        return LayerKind.LINEAR;
    }

    @Override
    protected NDArray analogForward(NDArray x, boolean training, OutputRows into) {
        return tileForward(x.reshape(x.getShape().get(0), inFeatures), training, into);
    }

    @Override
    protected NDArray clipToInputRanges(NDArray x, float[] columnRanges) {
        NDArray r = x.getManager().create(columnRanges);
        NDArray rows = x.reshape(x.getShape().get(0), inFeatures);
        return rows.minimum(r).maximum(r.neg());
    }

    @Override
    protected NDArray outputRows(NDArray output) {
        return output.reshape(-1, output.getShape().get(output.getShape().dimension() - 1));
    }

    @Override
    protected NDArray idealForward(NDArray x, NDArray w, NDArray b) {
        return Linear.linear(x.reshape(x.getShape().get(0), inFeatures), w, b).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), outFeatures)};
    }
}
