package org.driftlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ConfigTreeWithLeafTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void keepsAnInvalidValueForValidationToName() {
        ObjectNode tree = ConfigTree.toTree(RpuConfig.defaults());

        ObjectNode edited = ConfigTree.withLeaf(tree, "forward.out_noise", NODES.textNode("loud"));

        assertEquals("loud", edited.at("/forward/out_noise").asText());
        assertEquals(RpuConfig.defaults(), ConfigTree.fromTree(tree), "the given tree is not changed");
        ConfigException error = assertThrows(ConfigException.class, () -> ConfigTree.fromTree(edited));
        assertEquals("forward.out_noise", error.problems().get(0).keyPath());
    }

    @Test
    void aNewNoiseModelTypeStartsFromItsDefaultsEvenWhenOtherValuesAreInvalid() {
        ObjectNode invalid = ConfigTree.withLeaf(ConfigTree.toTree(RpuConfig.defaults()), "forward.inp_noise",
                NODES.numberNode(-1.0));

        ObjectNode hermes = ConfigTree.withLeaf(invalid, "noise_model.type", NODES.textNode("hermes"));

        assertEquals(ConfigTree.noiseModelTree(HermesNoise.defaults(2)), hermes.get("noise_model"));
        assertEquals(-1.0, hermes.at("/forward/inp_noise").doubleValue());
        ObjectNode fixed = ConfigTree.withLeaf(hermes, "forward.inp_noise", NODES.numberNode(0.0));
        assertTrue(ConfigTree.fromTree(fixed).noiseModel() instanceof HermesNoise);
    }
}
