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
    /** On a GPU: 1,024 images of 48 × 48 pixels, which took at most 3.1 GB in an analog evaluation on an H200. */
    private static final int GPU_EVALUATION_BATCH = 1024;
    private static final int GPU_REFERENCE_SIZE = 48;
    private static final int GPU_SMALLEST_BATCH = 16;

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
     * Images per evaluation batch for images of {@code inputSize} pixels square. A GPU spends most of a small batch
     * launching kernels (measured on an H200: about the same time per batch at 64 and at 256 images), so it gets
     * large batches, as many as hold about the memory of 1,024 images at 48 px (a power of two, at least 16); on
     * the CPU 256 keeps the working set small and the random streams of the figures recorded in the README.
     */
    public int evaluationBatch(int inputSize) {
        return device.isGpu() ? gpuEvaluationBatch(inputSize) : CPU_EVALUATION_BATCH;
    }

    static int gpuEvaluationBatch(int inputSize) {
        double pixels = (double) inputSize * inputSize;
        double sameMemory = GPU_EVALUATION_BATCH * (GPU_REFERENCE_SIZE * GPU_REFERENCE_SIZE / pixels);
        int batch = Integer.highestOneBit((int) Math.max(1, Math.min(GPU_EVALUATION_BATCH, sameMemory)));
        return Math.max(GPU_SMALLEST_BATCH, batch);
    }

    public String describe() {
        return device.isGpu() ? "cuda:" + device.getDeviceId() : "cpu";
    }
}
