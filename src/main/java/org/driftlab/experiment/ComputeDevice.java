package org.driftlab.experiment;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * The device a job computes on. CUDA is used when asked for and present; otherwise the work runs on the CPU and
 * {@link #note()} says why.
 */
public record ComputeDevice(Device device, String note) {

    public static ComputeDevice resolve(String requested) {
        String name = requested == null ? "cpu" : requested.toLowerCase(Locale.ROOT);
        switch (name) {
            case "cpu":
                return new ComputeDevice(Device.cpu(), null);
            case "cuda":
            case "gpu":
                int gpus = Engine.getInstance().getGpuCount();
                if (gpus > 0) {
                    return new ComputeDevice(Device.gpu(), null);
                }
                return new ComputeDevice(Device.cpu(), "CUDA was asked for, but the PyTorch engine sees no CUDA "
                        + "device (no NVIDIA driver, or a CPU-only libtorch); running on the CPU");
            default:
                throw new IllegalArgumentException("--device " + requested + " is not known; allowed: cpu, cuda");
        }
    }

    public String describe() {
        return device.isGpu() ? "cuda:" + device.getDeviceId() : "cpu";
    }
}
