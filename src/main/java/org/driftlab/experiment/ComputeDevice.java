package org.driftlab.experiment;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * The device a job computes on. CUDA is used when asked for and present; otherwise the work runs on the CPU and
 * {@link #note()} says why.
 */
public record ComputeDevice(Device device, String note) {
    private static final int CPU_EVALUATION_BATCH = 256;
    private static final int GPU_EVALUATION_BATCH = 1024;

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
                        + "device (no NVIDIA driver, or a CPU-only libtorch: README, 'On an NVIDIA GPU'); "
                        + "running on the CPU");
            default:
                throw new IllegalArgumentException("--device " + requested + " is not known; allowed: cpu, cuda");
        }
    }

    /**
     * Images per evaluation batch. A GPU spends most of a small batch launching kernels (measured on an H200: the same
     * time per batch at 64 and at 256 images), so it gets large batches; on the CPU 256 keeps the working set small
     * and the random streams of the figures recorded in the README.
     */
    public int evaluationBatch() {
        return device.isGpu() ? GPU_EVALUATION_BATCH : CPU_EVALUATION_BATCH;
    }

    public String describe() {
        return device.isGpu() ? "cuda:" + device.getDeviceId() : "cpu";
    }
}
