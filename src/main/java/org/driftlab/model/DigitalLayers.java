package org.driftlab.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;

/** DJL's own Conv2d and Linear: the digital network. */
public final class DigitalLayers implements LayerFactory {
    @Override
    public Block conv(String name, int inChannels, int outChannels, int kernel, int stride, int padding,
                      Initializer weightInit) {
        Conv2d conv = Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
                .optPadding(new Shape(padding, padding)).setFilters(outChannels).build();
        conv.setInitializer(weightInit, Parameter.Type.WEIGHT);
        conv.setInitializer(new ConstantInitializer(0f), Parameter.Type.BIAS);
        return conv;
    }

    @Override
    public Block linear(String name, int inFeatures, int outFeatures, Initializer weightInit, Initializer biasInit) {
        Linear linear = Linear.builder().setUnits(outFeatures).build();
        linear.setInitializer(weightInit, Parameter.Type.WEIGHT);
        linear.setInitializer(biasInit, Parameter.Type.BIAS);
        return linear;
    }
}
