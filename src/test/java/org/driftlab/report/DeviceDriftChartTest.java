package org.driftlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.driftlab.analog.device.DeviceProbeResult;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class DeviceDriftChartTest {
    @Test
    void aBandPerTargetOnALogTimeAxisWithItsData() {
        DeviceProbeResult result = new DeviceProbeResult("PcmLikeNoiseModel", false, 100, List.of(
                new DeviceProbeResult.Target(0, 0.1, 0.05, 0.01, List.of(
                        new DeviceProbeResult.Time(0, 0.0, 0.1, null),
                        new DeviceProbeResult.Time(1, 0.0, 0.1, 0.01))),
                new DeviceProbeResult.Target(25, 1.0, 0.05, 0.01, List.of(
                        new DeviceProbeResult.Time(1, 24.0, 1.0, 0.2),
                        new DeviceProbeResult.Time(3600, 19.0, 1.5, 0.3)))));
        PlottedChart chart = DeviceDriftChart.build(result, "devices");
        XYPlot plot = chart.chart().getXYPlot();
        assertTrue(plot.getDomainAxis() instanceof TimeLogAxis);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(1, data.getItemCount(0), "t = 0 cannot sit on the log axis");
        assertEquals(17.5, data.getStartYValue(1, 1), 1e-12);
        assertEquals(20.5, data.getEndYValue(1, 1), 1e-12);
        assertEquals("target 25.0 µS", data.getSeriesKey(1));
        assertEquals(3, chart.data().rows().size());
        assertEquals(List.of(25.0, 3600.0, "1 h", 19.0, 1.5, 0.3), chart.data().rows().get(2));
        assertTrue(chart.data().toCsv().contains("0.0,1.0,1 s,0.0,0.1,0.01"), chart.data().toCsv());
    }
}
