package org.driftlab.analog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.Presets;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class OutputRowsTest extends WithTensorManager {
    OutputRowsTest() {
        super(Device.cpu());
    }

    @Test
    void aContiguousFloatArrayIsWritableAndKeepsItsValues() {
        NDArray rows = manager.arange(12f).reshape(3, 4);
        assertTrue(OutputRows.writable(rows));
        assertArrayEquals(manager.arange(12f).toFloatArray(), rows.toFloatArray(), 0f);
    }

    @Test
    void aViewWhoseMemoryIsNotInRowOrderIsNot() {
        NDArray transposed = manager.arange(12f).reshape(3, 4).transpose();
        assertFalse(OutputRows.writable(transposed));
        assertFalse(OutputRows.writable(manager.create(new Shape(0, 4))));
        assertFalse(OutputRows.writable(manager.arange(12).reshape(3, 4).toType(DataType.INT32, false)));
    }

    @Test
    void copyWritesThroughAViewIntoTheArrayItViews() {
        NDArray base = manager.zeros(new Shape(2, 3, 2));
        NDArray rows = base.transpose(0, 2, 1).transpose(0, 2, 1).reshape(-1, 2);
        assertTrue(OutputRows.writable(rows));
        NDArray values = manager.arange(12f).reshape(6, 2);
        assertSame(rows, OutputRows.copy(values, rows));
        assertArrayEquals(values.toFloatArray(), base.toFloatArray(), 0f);
        assertThrows(IllegalArgumentException.class, () -> OutputRows.copy(values.reshape(4, 3), rows));
    }

    @Test
    void aTileArrayRefusesToWriteIntoACopy() {
        NDArray weights = manager.arange(6f).reshape(2, 3);
        TileArray tiles = new TileArray(Presets.get(Presets.FLOATING_POINT), weights, null, manager, new Rng(1));
        NDArray inputs = manager.ones(new Shape(4, 3));
        NDArray transposed = manager.zeros(new Shape(2, 4)).transpose();
        var e = assertThrows(IllegalArgumentException.class,
                () -> tiles.forward(inputs, new Rng(2), false, transposed));
        assertTrue(e.getMessage().contains("contiguous"), e.getMessage());
        NDArray rows = manager.zeros(new Shape(4, 2));
        assertSame(rows, tiles.forward(inputs, new Rng(2), false, rows));
        assertArrayEquals(new float[] {3, 12, 3, 12, 3, 12, 3, 12}, rows.toFloatArray(), 1e-5f);
    }
}
