package org.driftlab.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResolutionTest {
    @Test
    void bitsToResolution() {
        assertEquals(1.0 / 126, Resolution.resFromBits(7), 1e-15);
        assertEquals(1.0 / 510, Resolution.resFromBits(9), 1e-15);
        assertEquals(1.0 / 254, Resolution.resFromBits(8), 1e-15);
        assertEquals(-1.0, Resolution.resFromBits(0));
        assertThrows(IllegalArgumentException.class, () -> Resolution.resFromBits(1));
    }

    @Test
    void resolutionToBitsFollowsRuleR() {
        assertEquals(7.0, Resolution.bitsFromRes(1.0 / 126), 1e-12);
        assertEquals(9.0, Resolution.bitsFromRes(1.0 / 510), 1e-12);
        assertEquals(8.0, Resolution.bitsFromRes(1.0 / 254), 1e-12);
        assertEquals(8.0, Resolution.bitsFromRes(254), 1e-12);
        assertEquals(0.0, Resolution.bitsFromRes(-1));
        assertEquals(0.0, Resolution.bitsFromRes(0));
    }
}
