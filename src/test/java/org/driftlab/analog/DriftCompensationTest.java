package org.driftlab.analog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.DriftCompensationType;
import org.junit.jupiter.api.Test;

/** The readout statistic: the mean |y| over all one-hot outputs, or per column, floored at 1e-4. */
class DriftCompensationTest {

    @Test
    void globalReadoutIsTheMeanMagnitude() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(new float[] {1f, -2f, 3f, -4f, 0.5f, -0.5f}).reshape(3, 2);
            NDArray readout = new DriftCompensation(DriftCompensationType.GLOBAL).readout(outputs);
            assertEquals(0, readout.getShape().dimension());
            assertEquals(11f / 6f, readout.getFloat(), 1e-6);
        }
    }

    @Test
    void perColumnReadoutIsEachColumnsMeanMagnitude() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.create(new float[] {1f, -2f, 3f, -4f, 0.5f, -0.5f}).reshape(3, 2);
            NDArray readout = new DriftCompensation(DriftCompensationType.PER_COLUMN).readout(outputs);
            assertArrayEquals(new float[] {4.5f / 3f, 6.5f / 3f}, readout.toFloatArray(), 1e-6f);
        }
    }

    @Test
    void aSilentTileReadsTheFloor() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray outputs = manager.zeros(new Shape(4, 3));
            assertEquals(1e-4f, new DriftCompensation(DriftCompensationType.GLOBAL).readout(outputs).getFloat());
            assertArrayEquals(new float[] {1e-4f, 1e-4f, 1e-4f},
                    new DriftCompensation(DriftCompensationType.PER_COLUMN).readout(outputs).toFloatArray());
        }
    }
}
