package org.driftlab.app.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.junit.jupiter.api.Test;

class GuidedDemosTest {
    @Test
    void everyDemoHasAValidConfigurationAndItsOwnTitle() {
        List<GuidedDemo> demos = GuidedDemos.all();
        assertEquals(demos.size(), demos.stream().map(GuidedDemo::title).distinct().count());
        for (GuidedDemo demo : demos) {
            RpuConfig config = GuidedDemos.config(demo); // throws for an override that is not a valid key or value
            assertFalse(demo.watch().isBlank(), demo.title());
            assertEquals(demo.overrides().isEmpty(), config.equals(Presets.get(demo.preset())), demo.title());
        }
    }

    @Test
    void theWeightScalingDemoIsTheOnlyOneWithoutScalingOnTheAnalogTiles() {
        List<String> unscaled = GuidedDemos.all().stream()
                .filter(demo -> GuidedDemos.config(demo).mapping().weightScalingOmega() == 0)
                .filter(demo -> !GuidedDemos.config(demo).forward().isPerfect())
                .map(GuidedDemo::title).toList();
        assertEquals(List.of("No weight scaling"), unscaled);
    }
}
