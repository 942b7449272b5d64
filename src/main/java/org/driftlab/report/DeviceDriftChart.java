package org.driftlab.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftlab.analog.device.DeviceProbeResult;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Single devices drifting (as aihwkit's plot_weight_drift): per target conductance the mean conductance over the
 * sampled devices against time since programming on a log axis, with a mean ± std band. Times ≤ 0 are left out.
 */
public final class DeviceDriftChart {
    public static final String CONDUCTANCE_LABEL = "conductance (µS)";
    static final List<String> HEADER = List.of("target_uS", "t_s", "t_label", "mean_uS", "std_uS", "read_sigma_uS");

    private DeviceDriftChart() {
    }

    public static PlottedChart build(DeviceProbeResult result, String title) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < result.targets().size(); i++) {
            DeviceProbeResult.Target target = result.targets().get(i);
            YIntervalSeries series = new YIntervalSeries(String.format(Locale.ROOT, "target %.3g µS",
                    target.gTarget()), false, true);
            for (DeviceProbeResult.Time time : target.times()) {
                if (!(time.t() > 0)) {
                    continue;
                }
                series.add(time.t(), time.gMean(), time.gMean() - time.gStd(), time.gMean() + time.gStd());
                rows.add(List.<Object>of(target.gTarget(), time.t(), TimeAxisFormat.label(time.t()), time.gMean(),
                        time.gStd(), time.readSigma() == null ? Double.NaN : time.readSigma()));
            }
            dataset.addSeries(series);
            Color colour = ChartStyle.colour(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
        }
        NumberAxis conductanceAxis = new SpacedNumberAxis(CONDUCTANCE_LABEL);
        XYPlot plot = new XYPlot(dataset, new TimeLogAxis(AccuracyVsTimeChart.TIME_LABEL), conductanceAxis, renderer);
        ChartStyle.style(plot);
        return new PlottedChart(ChartStyle.chart(title, plot, true), new CsvTable(HEADER, rows));
    }
}
