package org.driftlab.model;

import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Which network to build: a model id, the number of classes, the input channels and the (square) input size.
 * The HPML variant has one output logit, so its class count must be 1 or 2 (a binary task).
 */
public record ModelSpec(String id, int classes, int inChannels, int inputSize) {
    public static final String SQUEEZENET1_0 = "squeezenet1_0";
    public static final String SQUEEZENET1_1 = "squeezenet1_1";
    public static final String SQUEEZENET1_1_HPML = "squeezenet1_1_hpml";
    public static final List<String> IDS = List.of(SQUEEZENET1_0, SQUEEZENET1_1, SQUEEZENET1_1_HPML);
    /** The input size a new network gets unless told otherwise: the shipped models' (assets/models/README.md). */
    public static final int DEFAULT_INPUT_SIZE = 48;

    public ModelSpec {
        if (id == null || !IDS.contains(id)) {
            throw new IllegalArgumentException("unknown model id '" + id + "'; allowed: " + String.join(", ", IDS));
        }
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be at least 1, got " + classes);
        }
        if (id.equals(SQUEEZENET1_1_HPML) && classes > 2) {
            throw new IllegalArgumentException(id + " has one sigmoid output for a binary task; classes must be 1 or 2, got "
                    + classes);
        }
        if (inChannels < 1) {
            throw new IllegalArgumentException("input channels must be at least 1, got " + inChannels);
        }
        int minimum = minimumInputSize(id);
        if (inputSize < minimum) {
            throw new IllegalArgumentException(id + " needs an input size of at least " + minimum + " pixels, got "
                    + inputSize);
        }
    }

    /** torchvision's min_size: 21 for SqueezeNet 1.0, 17 for 1.1 (and its HPML variant). */
    public static int minimumInputSize(String id) {
        return SQUEEZENET1_0.equals(id) ? 21 : 17;
    }

    /** The input shape [batch, channels, size, size]. */
    public Shape inputShape(long batch) {
        return new Shape(batch, inChannels, inputSize, inputSize);
    }
}
