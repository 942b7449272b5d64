package org.driftlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterCatalogTest {
    private static void collectLeaves(JsonNode node, String path, Set<String> leaves) {
        if (node.isObject() && !(ParameterCatalog.find(path).map(p -> p.kind() == ParameterKind.MAP).orElse(false))) {
            node.fields().forEachRemaining(f -> collectLeaves(f.getValue(),
                    path.isEmpty() ? f.getKey() : path + "." + f.getKey(), leaves));
        } else {
            leaves.add(path);
        }
    }

    private static Set<String> leavesOf(RpuConfig config) {
        Set<String> leaves = new TreeSet<>();
        collectLeaves(ConfigTree.toTree(config), "", leaves);
        return leaves;
    }

    @Test
    void everyLeafOfEveryNoiseModelTypeHasExactlyOneEntryAndViceVersa() {
        Set<String> allLeaves = new TreeSet<>();
        for (NoiseModelType type : NoiseModelType.values()) {
            Set<String> leaves = leavesOf(RpuConfig.defaults().withNoiseModel(NoiseModelParameter.defaults(type)));
            allLeaves.addAll(leaves);
            Set<String> applicable = ParameterCatalog.all().stream().filter(p -> p.appliesTo(type))
                    .map(ParameterInfo::keyPath).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(applicable, leaves, "catalog entries for " + type);
        }
        Set<String> catalog = ParameterCatalog.all().stream().map(ParameterInfo::keyPath)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalog, allLeaves);
        assertEquals(catalog.size(), ParameterCatalog.all().size());
    }

    @Test
    void entriesAreDescribedAndDefaultsComeFromInferenceDefault() {
        for (ParameterInfo info : ParameterCatalog.all()) {
            assertFalse(info.description().isBlank(), info.keyPath());
            assertTrue(info.check(info.defaultValue()).isEmpty(), info.keyPath() + " default out of its own range");
        }
        ParameterInfo outNoise = ParameterCatalog.find("forward.out_noise").orElseThrow();
        assertEquals(0.06, outNoise.defaultValue().doubleValue());
        assertEquals("[0, ∞)", outNoise.rangeText());
        assertFalse(outNoise.advanced());
        ParameterInfo devices = ParameterCatalog.find("noise_model.num_devices").orElseThrow();
        assertEquals(2, devices.defaultValue().intValue());
        assertEquals(Set.of(NoiseModelType.HERMES), devices.noiseModelTypes());
        assertEquals("µS", ParameterCatalog.find("noise_model.g_max").orElseThrow().unit());
        assertEquals("s", ParameterCatalog.find("noise_model.t_0").orElseThrow().unit());
        assertEquals(ParameterKind.ENUM, ParameterCatalog.find("forward.w_noise_type").orElseThrow().kind());
    }

    @Test
    void markdownTableListsBasicOrAllParameters() {
        String basic = ParameterCatalog.toMarkdown(false);
        String all = ParameterCatalog.toMarkdown(true);
        assertTrue(basic.startsWith("| key | default | unit | range | description |\n|---|---|---|---|---|\n"));
        assertTrue(basic.contains("| `forward.out_noise` | 0.06 |  | [0, ∞) | Std of Gaussian noise added to each "
                + "output before the ADC. |\n"), basic);
        assertTrue(basic.contains("| `forward.bound_management` | \"iterative\" |  | none, iterative, "
                + "iterative_worst_case, shift |"), basic);
        assertFalse(basic.contains("`forward.max_bm_res`"));
        assertTrue(all.contains("`forward.max_bm_res`"));
        assertTrue(all.contains("(noise models: hermes)"));
        assertEquals(ParameterCatalog.all().size() + 2, all.lines().count());
    }
}
