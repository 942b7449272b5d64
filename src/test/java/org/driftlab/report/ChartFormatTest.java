package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChartFormatTest {
    @Test
    void readsNamesAndExtensionsInAnyCase() {
        assertEquals(ChartFormat.PNG, ChartFormat.fromName("png"));
        assertEquals(ChartFormat.SVG, ChartFormat.fromName(" SVG "));
        assertEquals(ChartFormat.PDF, ChartFormat.fromName(".pdf"));
        assertEquals(ChartFormat.CSV, ChartFormat.fromPath(Path.of("out", "accuracy.CSV")));
    }

    @Test
    void aBadNameListsTheAllowedFormats() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartFormat.fromName("jpeg"));
        assertEquals("unknown chart format 'jpeg'; allowed: png, svg, pdf, csv", e.getMessage());
    }

    @Test
    void aBadOrMissingExtensionNamesTheFile() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ChartFormat.fromPath(Path.of("chart.gif")));
        assertEquals("file 'chart.gif': unknown chart format 'gif'; allowed: png, svg, pdf, csv", bad.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ChartFormat.fromPath(Path.of("chart")));
        assertEquals("file 'chart' has no extension to tell the chart format; allowed: png, svg, pdf, csv",
                none.getMessage());
    }
}
