package org.driftlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.driftlab.analog.Rng;
import org.driftlab.config.RpuConfig;

/**
 * aihwkit's convert_to_analog (spec 9.5) for DriftLab's networks: the same structure with every convolution and
 * linear layer not named in {@code digitalLayers} on analog tiles, all parameters (batch-norm statistics included)
 * copied, tiles built from the copied weights.
 */
public final class AnalogConversion {
    private AnalogConversion() {
    }

    public static Network convert(Block digital, RpuConfig config, Set<String> digitalLayers, NDManager manager,
                                  Rng rng) {
        Network source = requireNetwork(digital);
        Set<String> unknown = new TreeSet<>(digitalLayers);
        unknown.removeAll(source.weightLayers().keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no weight layer named " + unknown + " in " + source.spec().id()
                    + "; layers: " + String.join(", ", source.weightLayers().keySet()));
        }
        Network analog = SqueezeNet.build(source.spec(), new AnalogLayers(config, digitalLayers));
        analog.initialize(manager, rng.split());
        copyParameters(source, analog);
        for (AnalogLayer layer : analog.analogLayerBlocks()) {
            layer.buildTiles(manager, rng.split());
        }
        analog.setRng(rng.split());
        return analog;
    }

    /** A digital network with the same weights (analog layers' weight parameters, not their programmed states). */
    public static Network toDigital(Block network, NDManager manager) {
        Network source = requireNetwork(network);
        Network digital = SqueezeNet.create(source.spec());
        digital.initialize(manager, new Rng(0));
        copyParameters(source, digital);
        return digital;
    }

    /**
     * Copies every parameter from one network to another of the same spec, by layer and parameter name, and the
     * output scale.
     */
    public static void copyParameters(Network from, Network to) {
        if (!from.spec().equals(to.spec())) {
            throw new IllegalArgumentException("cannot copy parameters of " + from.spec() + " into " + to.spec());
        }
        from.parameterBlocks().forEach((name, block) -> {
            Block target = to.parameterBlocks().get(name);
            for (var pair : block.getParameters()) {
                Parameter source = pair.getValue();
                Parameter destination = target.getParameters().get(pair.getKey());
                NDArray array = destination.getArray();
                if (!array.getShape().equals(source.getArray().getShape())) {
                    throw new IllegalArgumentException("layer " + name + " parameter " + pair.getKey() + ": shape "
                            + source.getArray().getShape() + " does not fit " + array.getShape());
                }
                array.set(source.getArray().toFloatArray());
            }
        });
        to.setOutputScale(from.outputScale());
    }

    private static Network requireNetwork(Block block) {
        if (block instanceof Network network) {
            return network;
        }
        throw new IllegalArgumentException("only DriftLab networks (built by SqueezeNet) can be converted; got "
                + block.getClass().getName() + "; model ids: " + List.copyOf(ModelSpec.IDS));
    }
}
