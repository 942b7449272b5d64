package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renders one PNG (and its CSV) of each chart kind to target/report-samples/ for people to look at. */
class SampleChartsTest {
    static final Path SAMPLES = Path.of("target", "report-samples");

    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void rendersOneSampleOfEachChartKind() throws Exception {
        List<PlottedChart> charts = SampleData.everyChartKind();
        List<String> names = SampleData.everyChartKindName();
        assertEquals(names.size(), charts.size());
        for (int i = 0; i < charts.size(); i++) {
            Path png = SAMPLES.resolve(names.get(i) + ".png");
            ChartExport.write(charts.get(i), png, ChartFormat.PNG, 800, 500, 2);
            ChartExport.write(charts.get(i), SAMPLES.resolve(names.get(i) + ".csv"), ChartFormat.CSV, 800, 500, 1);
            ChartExport.write(charts.get(i), SAMPLES.resolve(names.get(i) + ".svg"), ChartFormat.SVG, 800, 500, 1);
            assertTrue(Files.size(png) > 10_000, png + " looks empty");
        }
    }
}
