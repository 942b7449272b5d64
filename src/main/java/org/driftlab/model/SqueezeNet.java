package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.XavierInitializer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * torchvision's SqueezeNet 1.0 and 1.1, layer by layer, and the HPML 2022 study's squeezenet1_1_hpml (features up to
 * the third max pool, then Dropout → Flatten → BatchNorm1d → Linear(→1) → Sigmoid). Layer names follow torchvision's
 * module paths: "features.0", "features.3.squeeze", "classifier.1".
 */
public final class SqueezeNet {
    private SqueezeNet() {
    }

    /** The digital network, not yet initialized. */
    public static Network create(ModelSpec spec) {
        return build(spec, new DigitalLayers());
    }

    /** The network with its weight layers made by {@code layers}. */
    public static Network build(ModelSpec spec, LayerFactory layers) {
        Map<String, Block> registry = new LinkedHashMap<>();
        NamedSequence body = new NamedSequence();
        int channels = switch (spec.id()) {
            case ModelSpec.SQUEEZENET1_0 -> features10(spec, layers, body, registry);
            case ModelSpec.SQUEEZENET1_1 -> features11(spec, layers, body, registry, false);
            case ModelSpec.SQUEEZENET1_1_HPML -> features11(spec, layers, body, registry, true);
            default -> throw new IllegalArgumentException("unknown model id " + spec.id());
        };
        if (spec.id().equals(ModelSpec.SQUEEZENET1_1_HPML)) {
            hpmlClassifier(spec, channels, layers, body, registry);
        } else {
            classifier(spec, channels, layers, body, registry);
        }
        return new Network(spec, body, registry);
    }

    /** torch's kaiming_uniform_ default (a = 0, fan_in): U(±sqrt(6 / fan_in)). */
    static Initializer kaimingUniform() {
        return new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.IN, 6f);
    }

    /**
     * torchvision's MaxPool2d(3, 2, ceil_mode=True), on the input laid out channels last on the CPU: libtorch's CPU
     * kernel takes about a tenth of the time that way (0.7 against 7.0 ms for 64 × 64 × 15 × 15 here), and the
     * layers after it keep the layout.
     */
    private static Block maxPool() {
        return new LambdaBlock(inputs -> {
            NDArray x = inputs.singletonOrThrow();
            NDArray laidOut = x.getDevice().isGpu() ? x : ChannelsLast.of(x);
            return new NDList(Pool.maxPool2d(laidOut, new Shape(3, 3), new Shape(2, 2), new Shape(0, 0), true));
        }, "maxPool2d");
    }

    private static int features10(ModelSpec spec, LayerFactory layers, NamedSequence body, Map<String, Block> reg) {
        conv(body, reg, layers, "features.0", spec.inChannels(), 96, 7, 2);
        body.add("features.1", Activation.reluBlock());
        body.add("features.2", maxPool());
        fire(body, reg, layers, "features.3", 96, 16, 64, 64);
        fire(body, reg, layers, "features.4", 128, 16, 64, 64);
        fire(body, reg, layers, "features.5", 128, 32, 128, 128);
        body.add("features.6", maxPool());
        fire(body, reg, layers, "features.7", 256, 32, 128, 128);
        fire(body, reg, layers, "features.8", 256, 48, 192, 192);
        fire(body, reg, layers, "features.9", 384, 48, 192, 192);
        fire(body, reg, layers, "features.10", 384, 64, 256, 256);
        body.add("features.11", maxPool());
        fire(body, reg, layers, "features.12", 512, 64, 256, 256);
        return 512;
    }

    private static int features11(ModelSpec spec, LayerFactory layers, NamedSequence body, Map<String, Block> reg,
                                  boolean upToThirdPool) {
        conv(body, reg, layers, "features.0", spec.inChannels(), 64, 3, 2);
        body.add("features.1", Activation.reluBlock());
        body.add("features.2", maxPool());
        fire(body, reg, layers, "features.3", 64, 16, 64, 64);
        fire(body, reg, layers, "features.4", 128, 16, 64, 64);
        body.add("features.5", maxPool());
        fire(body, reg, layers, "features.6", 128, 32, 128, 128);
        fire(body, reg, layers, "features.7", 256, 32, 128, 128);
        body.add("features.8", maxPool());
        if (upToThirdPool) {
            return 256;
        }
        fire(body, reg, layers, "features.9", 256, 48, 192, 192);
        fire(body, reg, layers, "features.10", 384, 48, 192, 192);
        fire(body, reg, layers, "features.11", 384, 64, 256, 256);
        fire(body, reg, layers, "features.12", 512, 64, 256, 256);
        return 512;
    }

    private static void conv(NamedSequence body, Map<String, Block> reg, LayerFactory layers, String name,
                             int in, int out, int kernel, int stride) {
        Block conv = layers.conv(name, in, out, kernel, stride, 0, kaimingUniform());
        reg.put(name, conv);
        body.add(name, conv);
    }

    private static void fire(NamedSequence body, Map<String, Block> reg, LayerFactory layers, String name,
                             int in, int squeeze, int expand1x1, int expand3x3) {
        body.add(name, new Fire(name, in, squeeze, expand1x1, expand3x3, layers, reg));
    }

    private static void classifier(ModelSpec spec, int channels, LayerFactory layers, NamedSequence body,
                                   Map<String, Block> reg) {
        body.add("classifier.0", Dropout.builder().optRate(0.5f).build());
        Block finalConv = layers.conv("classifier.1", channels, spec.classes(), 1, 1, 0, new NormalInitializer(0.01f));
        reg.put("classifier.1", finalConv);
        body.add("classifier.1", finalConv);
        body.add("classifier.2", Activation.reluBlock());
        body.add("classifier.3", Pool.globalAvgPool2dBlock());
        body.add("flatten", Blocks.batchFlattenBlock());
    }

    /** The study's head: one logit through a sigmoid; Xavier-uniform weights, bias 0.01. */
    private static void hpmlClassifier(ModelSpec spec, int channels, LayerFactory layers, NamedSequence body,
                                       Map<String, Block> reg) {
        int side = featureSide11(spec.inputSize());
        int features = channels * side * side;
        body.add("classifier.0", Dropout.builder().optRate(0.5f).build());
        body.add("classifier.1", Blocks.batchFlattenBlock());
        BatchNorm norm = BatchNorm.builder().build();
        reg.put("classifier.2", norm);
        body.add("classifier.2", norm);
        Block linear = layers.linear("classifier.3", features, 1,
                new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 6f),
                new ConstantInitializer(0.01f));
        reg.put("classifier.3", linear);
        body.add("classifier.3", linear);
        body.add("classifier.4", Activation.sigmoidBlock());
    }

    /** The spatial size after SqueezeNet 1.1's conv (k3 s2) and three ceil-mode pools (k3 s2). */
    static int featureSide11(int inputSize) {
        int side = (inputSize - 3) / 2 + 1;
        for (int i = 0; i < 3; i++) {
            side = ceilPool(side);
        }
        return side;
    }

    /** torch's ceil-mode pooling size k3 s2 p0, with its rule that the last window must start inside the input. */
    static int ceilPool(int size) {
        int out = (int) Math.ceil((size - 3) / 2.0) + 1;
        if ((out - 1) * 2 >= size) {
            out--;
        }
        return out;
    }
}
