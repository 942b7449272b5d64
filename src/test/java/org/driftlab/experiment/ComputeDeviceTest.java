package org.driftlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;

class ComputeDeviceTest {

    @Test
    void theCpuIsTheCpuWithBatchesOf256() {
        ComputeDevice cpu = ComputeDevice.resolve("cpu");
        assertEquals("cpu", cpu.describe());
        assertNull(cpu.note());
        assertEquals(256, cpu.evaluationBatch(48));
        assertEquals(256, cpu.evaluationBatch(224), "the CPU's batch is the same at every size");
    }

    /** Runs either way: on a machine with a GPU it checks the GPU, elsewhere the fallback and its message. */
    @Test
    void cudaIsTheGpuWhereThereIsOneAndElseTheCpuWithTheReason() {
        ComputeDevice cuda = ComputeDevice.resolve("CUDA");
        if (Engine.getInstance().getGpuCount() > 0) {
            assertEquals("cuda:0", cuda.describe());
            assertNull(cuda.note());
            assertEquals(1024, cuda.evaluationBatch(48));
        } else {
            assertEquals("cpu", cuda.describe());
            assertTrue(cuda.note().contains("sees no CUDA device") && cuda.note().contains("README"), cuda.note());
            assertEquals(256, cuda.evaluationBatch(48));
        }
    }

    /** About the memory of 1,024 images at 48 px, in a power of two: fewer images as they grow, never below 16. */
    @Test
    void aGpuBatchHoldsFewerImagesAsTheyGrow() {
        assertEquals(1024, ComputeDevice.gpuEvaluationBatch(28));
        assertEquals(1024, ComputeDevice.gpuEvaluationBatch(48));
        assertEquals(512, ComputeDevice.gpuEvaluationBatch(64));
        assertEquals(256, ComputeDevice.gpuEvaluationBatch(96));
        assertEquals(32, ComputeDevice.gpuEvaluationBatch(224));
        assertEquals(16, ComputeDevice.gpuEvaluationBatch(1024));
    }

    @Test
    void anUnknownDeviceIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeDevice.resolve("tpu"));
        assertEquals("--device tpu is not known; allowed: cpu, cuda", e.getMessage());
    }
}
