package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Moves the scales of a SqueezeNet's weights out of its layers, so that every output row of every convolution has
 * a largest |w| of exactly 1 and a tile needs no digital mapping scale to use its whole conductance range (aihwkit's
 * inference_default maps weights onto conductances without one; with small weights the tile's fixed output noise
 * then dominates). This is DriftLab's own model transform, not an aihwkit feature.
 *
 * <p>For a ReLU network the transform is exact: dividing an output channel's row and bias by {@code r > 0} divides
 * that channel's activation by r (ReLU and max pooling commute with a positive factor), and the next layer's input
 * columns for that channel are multiplied by r to compensate. The fire modules' concatenation carries each branch's
 * factors through. The last convolution's rows are folded each by its own factor too; ReLU and the global average
 * pooling after it keep each class apart, so those factors become the network's {@link Network#outputScale() output
 * scale}, one digital factor per class on the logits, and the logits, losses and accuracies stay what they were (up
 * to float rounding). (Until 2026-11-28 the last layer took one factor for all its rows, which left rows below a
 * largest |w| of 1 and cost about a point after a year on tiles without weight scaling.)
 *
 * <p>Only SqueezeNet 1.0 and 1.1 fold: the HPML variant's BatchNorm1d and sigmoid do not commute with the factors.
 */
public final class ScaleFolding {
    private ScaleFolding() {
    }

    /**
     * One layer's largest |w| per output row before folding: the smallest and the largest over its rows.
     */
    public record LayerRange(String layer, double smallestRowMax, double largestRowMax) {
    }

    /** What a fold did: the rows' ranges before, and the output scale after. */
    public record Result(List<LayerRange> layers, OutputScale outputScale) {
    }

    /**
     * Folds a digital network's weight scales in place.
     *
     * @throws IllegalArgumentException for the HPML variant or a network with analog layers
     */
    public static Result fold(Network network) {
        String id = network.spec().id();
        if (!id.equals(ModelSpec.SQUEEZENET1_0) && !id.equals(ModelSpec.SQUEEZENET1_1)) {
            throw new IllegalArgumentException("scale folding needs a ReLU network: " + ModelSpec.SQUEEZENET1_0 + " or "
                    + ModelSpec.SQUEEZENET1_1 + ", not " + id + " (its batch norm and sigmoid do not commute with the"
                    + " factors)");
        }
        if (!network.analogLayerBlocks().isEmpty()) {
            throw new IllegalArgumentException("scale folding works on a digital network; this one has analog layers");
        }
        List<LayerRange> ranges = new ArrayList<>();
        Map<String, Block> layers = network.weightLayers();
        float[] incoming = ones(network.spec().inChannels());
        float[] squeezed = null;
        float[] expanded1x1 = null;
        OutputScale outputScale = network.outputScale();
        for (Map.Entry<String, Block> entry : layers.entrySet()) {
            String name = entry.getKey();
            Conv2d conv = (Conv2d) entry.getValue();
            if (name.endsWith(".squeeze")) {
                squeezed = foldRows(name, conv, incoming, ranges);
            } else if (name.endsWith(".expand1x1")) {
                expanded1x1 = foldRows(name, conv, squeezed, ranges);
            } else if (name.endsWith(".expand3x3")) {
                incoming = concat(expanded1x1, foldRows(name, conv, squeezed, ranges));
            } else if (name.startsWith("classifier.")) {
                outputScale = outputScale.times(divide(name, conv, incoming, ranges));
            } else {
                incoming = foldRows(name, conv, incoming, ranges);
            }
        }
        network.setOutputScale(outputScale);
        return new Result(List.copyOf(ranges), outputScale);
    }

    /** Folds a layer's rows, each by its own largest |w|; returns the factor each output activation now carries. */
    private static float[] foldRows(String name, Conv2d conv, float[] inputFactors, List<LayerRange> ranges) {
        float[] divisors = divide(name, conv, inputFactors, ranges);
        float[] factors = new float[divisors.length];
        for (int row = 0; row < divisors.length; row++) {
            factors[row] = 1f / divisors[row];
        }
        return factors;
    }

    /**
     * Takes the input channels' factors into the columns, then divides each row and its bias by its largest |w|. A
     * zero row keeps divisor 1.
     *
     * @return the divisor of each row
     */
    private static float[] divide(String name, Conv2d conv, float[] inputFactors, List<LayerRange> ranges) {
        NDArray weight = conv.getParameters().get("weight").getArray();
        Shape shape = weight.getShape();
        if (shape.get(1) != inputFactors.length) {
            throw new IllegalStateException("layer " + name + " has " + shape.get(1) + " input channels, the folding "
                    + "carries " + inputFactors.length);
        }
        try (NDManager scratch = weight.getManager().newSubManager()) {
            NDArray original = weight.duplicate();
            original.attach(scratch);
            ranges.add(range(name, rowMaxima(original)));
            // Each column divided by the factor its input activation carries computes what it did before.
            NDArray scaled = original.div(scratch.create(inputFactors).reshape(1, -1, 1, 1));
            float[] divisors = rowMaxima(scaled);
            for (int row = 0; row < divisors.length; row++) {
                divisors[row] = divisors[row] > 0 ? divisors[row] : 1f;
            }
            NDArray byRow = scratch.create(divisors);
            weight.set(scaled.div(byRow.reshape(-1, 1, 1, 1)).toFloatArray());
            var bias = conv.getParameters().get("bias");
            if (bias != null && bias.getArray() != null) {
                NDArray values = bias.getArray().duplicate();
                values.attach(scratch);
                bias.getArray().set(values.div(byRow).toFloatArray());
            }
            return divisors;
        }
    }

    /** The largest |w| of each output row of a weight tensor [out, in, k, k]. */
    private static float[] rowMaxima(NDArray weight) {
        return weight.abs().reshape(weight.getShape().get(0), -1).max(new int[] {1}).toFloatArray();
    }

    private static LayerRange range(String name, float[] rowMaxima) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (float max : rowMaxima) {
            smallest = Math.min(smallest, max);
            largest = Math.max(largest, max);
        }
        return new LayerRange(name, smallest, largest);
    }

    private static float[] ones(int n) {
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        return ones;
    }

    private static float[] concat(float[] first, float[] second) {
        float[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
