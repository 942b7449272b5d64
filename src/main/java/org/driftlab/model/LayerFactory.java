package org.driftlab.model;

import ai.djl.nn.Block;
import ai.djl.training.initializer.Initializer;

/** Makes the weight layers of a network, so that one builder gives the digital network and its analog copy. */
public interface LayerFactory {
    Block conv(String name, int inChannels, int outChannels, int kernel, int stride, int padding,
               Initializer weightInit);

    Block linear(String name, int inFeatures, int outFeatures, Initializer weightInit, Initializer biasInit);
}
