package org.driftlab.cli;

import org.driftlab.experiment.ComputeDevice;
import org.driftlab.experiment.JobListener;
import picocli.CommandLine.Option;

/** {@code --device cpu|cuda}; when CUDA is asked for but absent the work runs on the CPU and says why. */
final class DeviceOption {
    @Option(names = "--device", defaultValue = "cpu", description = "cpu or cuda (default ${DEFAULT-VALUE}).")
    String device;

    ComputeDevice resolve(JobListener listener) {
        ComputeDevice compute = ComputeDevice.resolve(device);
        if (compute.note() != null) {
            listener.message(compute.note());
        }
        return compute;
    }
}
