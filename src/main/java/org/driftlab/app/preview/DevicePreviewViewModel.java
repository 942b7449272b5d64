package org.driftlab.app.preview;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.driftlab.analog.device.DeviceProbeResult;
import org.driftlab.app.AppContext;
import org.driftlab.config.RpuConfig;
import org.driftlab.experiment.DevicePreview;
import org.driftlab.report.DeviceDriftChart;
import org.driftlab.report.PlottedChart;

/**
 * Single devices of the current configuration drifting from 1 s to 10 years, recomputed when the configuration
 * changes: debounced, off the UI thread, latest wins. An invalid configuration shows why there is no preview.
 */
public final class DevicePreviewViewModel {
    public static final long DEBOUNCE_MILLIS = 300;
    private static final long SEED = 0;

    private final AppContext context;
    private final Executor background;
    private final long debounceMillis;
    private final ObjectProperty<DeviceProbeResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<PlottedChart> chart = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private volatile long requested;

    public DevicePreviewViewModel(AppContext context, Executor background, long debounceMillis) {
        this.context = context;
        this.background = background;
        this.debounceMillis = debounceMillis;
        context.workspace().validConfigProperty().addListener((o, a, config) -> refresh(config));
        refresh(context.workspace().validConfigProperty().get());
    }

    private void refresh(RpuConfig config) {
        long request = ++requested;
        if (config == null) {
            result.set(null);
            chart.set(null);
            message.set("The configuration is invalid: fix the marked fields to see how its devices drift.");
            return;
        }
        message.set("Computing the devices…");
        Executor later = CompletableFuture.delayedExecutor(debounceMillis, TimeUnit.MILLISECONDS, background);
        later.execute(() -> {
            if (request != requested) {
                return;
            }
            try {
                DeviceProbeResult probed = DevicePreview.run(config, SEED);
                PlottedChart plotted = DeviceDriftChart.build(probed, String.format(Locale.ROOT,
                        "%s: %d devices per target", config.noiseModel().type(), probed.samples()));
                context.ui().execute(() -> {
                    if (request == requested) {
                        result.set(probed);
                        chart.set(plotted);
                        message.set(describe(config));
                    }
                });
            } catch (RuntimeException e) {
                context.ui().execute(() -> {
                    if (request == requested) {
                        message.set("Could not compute the devices of this configuration: " + e.getMessage());
                    }
                });
            }
        });
    }

    private static String describe(RpuConfig config) {
        return String.format(Locale.ROOT, "Mean ± std over %d devices per target conductance (0 to g_max = %.3g µS):"
                        + " programming noise, drift and read noise%s.", DevicePreview.SAMPLES,
                config.noiseModel().gMax(), config.simulation().physical() ? " (physical option)" : "");
    }

    public ObjectProperty<DeviceProbeResult> resultProperty() {
        return result;
    }

    public ObjectProperty<PlottedChart> chartProperty() {
        return chart;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
