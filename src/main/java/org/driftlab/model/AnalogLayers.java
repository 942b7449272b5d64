package org.driftlab.model;

import ai.djl.nn.Block;
import ai.djl.training.initializer.Initializer;
import java.util.Set;
import org.driftlab.config.RpuConfig;

/** Analog weight layers, except those named in {@code digitalLayers}, which stay DJL's digital ones. */
final class AnalogLayers implements LayerFactory {
    private final RpuConfig config;
    private final Set<String> digitalLayers;
    private final DigitalLayers digital = new DigitalLayers();

    AnalogLayers(RpuConfig config, Set<String> digitalLayers) {
        this.config = config;
        this.digitalLayers = Set.copyOf(digitalLayers);
    }

    @Override
    public Block conv(String name, int inChannels, int outChannels, int kernel, int stride, int padding,
                      Initializer weightInit) {
        return digitalLayers.contains(name)
                ? digital.conv(name, inChannels, outChannels, kernel, stride, padding, weightInit)
                : new AnalogConv2d(name, config, inChannels, outChannels, kernel, stride, padding, weightInit);
    }

    @Override
    public Block linear(String name, int inFeatures, int outFeatures, Initializer weightInit, Initializer biasInit) {
        return digitalLayers.contains(name)
                ? digital.linear(name, inFeatures, outFeatures, weightInit, biasInit)
                : new AnalogLinear(name, config, inFeatures, outFeatures, weightInit);
    }
}
