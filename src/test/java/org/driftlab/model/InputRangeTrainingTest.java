package org.driftlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import java.util.Map;
import org.driftlab.analog.Rng;
import org.driftlab.analog.hwa.RangeStep;
import org.driftlab.config.ConfigTree;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.Test;

/** Input ranges in hardware-aware training (spec 9.4): data initialisation and the RPUCuda gradient step. */
class InputRangeTrainingTest {
    private static AnalogLinear layer(NDManager manager, Map<String, Object> range) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of(
                "pre_post.input_range.enable", true,
                "pre_post.input_range.decay", 0.0,
                "forward.is_perfect", true));
        values.putAll(range);
        RpuConfig config = ConfigTree.withAll(Presets.get(Presets.INFERENCE_DEFAULT), values);
        AnalogLinear linear = new AnalogLinear("fc", config, 4, 2, new ConstantInitializer(0.5f));
        linear.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
        linear.buildTiles(manager, new Rng(1));
        return linear;
    }

    private static double range(AnalogLinear linear) {
        return linear.tileList().get(0).inputRange().value();
    }

    @Test
    void theFirstBatchesSetTheRangeToThreeStandardDeviations() {
        try (NDManager manager = NDManager.newBaseManager()) {
            AnalogLinear linear = layer(manager, Map.of("pre_post.input_range.init_from_data", 2));
            NDArray first = manager.create(new float[] {0, 2, 0, 2, 0, 2, 0, 2}, new Shape(2, 4));
            NDArray second = manager.create(new float[] {0, 4, 0, 4, 0, 4, 0, 4}, new Shape(2, 4));
            double std1 = first.toType(DataType.FLOAT64, false).sub(1).square().sum().getDouble() / 7;
            double std2 = second.toType(DataType.FLOAT64, false).sub(2).square().sum().getDouble() / 7;
            linear.forward(new ParameterStore(manager, false), new NDList(first), true);
            assertEquals(3 * Math.sqrt(std1), range(linear), 1e-5);
            linear.forward(new ParameterStore(manager, false), new NDList(second), true);
            assertEquals((3 * Math.sqrt(std1) + 3 * Math.sqrt(std2)) / 2, range(linear), 1e-5);
            linear.forward(new ParameterStore(manager, false), new NDList(first), true);
            assertEquals((3 * Math.sqrt(std1) + 3 * Math.sqrt(std2)) / 2, range(linear), 1e-5, "two batches only");
        }
    }

    /** One training step on inputs of 2 above a range of 1, with a loss that wants larger outputs. */
    private static double rangeAfterOneStep(RangeStep rule) {
        try (NDManager manager = NDManager.newBaseManager()) {
            AnalogLinear linear = layer(manager, Map.of("pre_post.input_range.init_from_data", 0,
                    "pre_post.input_range.init_value", 1.0));
            linear.setRng(new Rng(2));
            NDArray x = manager.full(new Shape(3, 4), 2f);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = linear.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
                collector.backward(y.sum().neg());
            }
            linear.updateInputRanges(rule);
            return range(linear);
        }
    }

    @Test
    void clippedInputsThatWouldLowerTheLossGrowTheRange() {
        // dL/dy = -1, W = 0.5 on 2 outputs: d = ir·δ·W = -1 for all 12 inputs, every one at or above ir = 1.
        // g = Σ min(d, 0) = -12, relative: g·ir = -12; ir ← 1 - 0.1·(-12).
        assertEquals(2.2, rangeAfterOneStep(RangeStep.sgd(0.1)), 1e-5);
        // Adam's first step is the learning rate against the gradient's sign.
        assertEquals(1.1, rangeAfterOneStep(new RangeStep(true, 0.1, 0.9)), 1e-5);
    }

    @Test
    void theIdealBackwardSeesTheClippedInputs() {
        try (NDManager manager = NDManager.newBaseManager()) {
            AnalogLinear linear = layer(manager, Map.of("pre_post.input_range.init_from_data", 0,
                    "pre_post.input_range.init_value", 1.0, "pre_post.input_range.learn_input_range", false));
            linear.setRng(new Rng(2));
            NDArray x = manager.create(new float[] {2, 0.5f, -3, 0.25f}, new Shape(1, 4));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = linear.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
                collector.backward(y.sum());
            }
            // dL/dW = clipped x for each of the 2 outputs; dL/dx = Σ W = 1 where x is inside the range, 0 where clipped.
            NDArray weightGradient = linear.weightParameter().getArray().getGradient();
            assertEquals(java.util.List.of(1f, 0.5f, -1f, 0.25f, 1f, 0.5f, -1f, 0.25f),
                    asList(weightGradient.toFloatArray()));
            assertEquals(java.util.List.of(0f, 1f, 0f, 1f), asList(x.getGradient().toFloatArray()));
        }
    }

    private static java.util.List<Float> asList(float[] values) {
        java.util.List<Float> list = new java.util.ArrayList<>();
        for (float v : values) {
            list.add(v);
        }
        return list;
    }
}
