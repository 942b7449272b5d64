package org.driftlab.analog;

import static org.driftlab.testing.RecordCopy.with;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.driftlab.config.Presets;
import org.driftlab.config.RpuConfig;
import org.driftlab.testing.WithTensorManager;
import org.junit.jupiter.api.Test;

class OutputRowsTest extends WithTensorManager {
    OutputRowsTest() {
        super(Device.cpu());
    }

    @Test
    void aContiguousFloatArrayIsWritableAndKeepsItsValues() {
        NDArray rows = manager.arange(12f).reshape(3, 4);
        assertSame(rows, OutputRows.of(rows).orElseThrow().array());
        assertArrayEquals(manager.arange(12f).toFloatArray(), rows.toFloatArray(), 0f);
    }

    @Test
    void aViewWhoseMemoryIsNotInRowOrderIsNot() {
        NDArray transposed = manager.arange(12f).reshape(3, 4).transpose();
        assertTrue(OutputRows.of(transposed).isEmpty());
        assertTrue(OutputRows.of(manager.create(new Shape(0, 4))).isEmpty());
        assertTrue(OutputRows.of(manager.arange(12).reshape(3, 4).toType(DataType.INT32, false)).isEmpty());
    }

    @Test
    void copyWritesThroughAViewIntoTheArrayItViews() {
        NDArray base = manager.zeros(new Shape(2, 3, 2));
        NDArray view = base.transpose(0, 2, 1).transpose(0, 2, 1).reshape(-1, 2);
        OutputRows rows = OutputRows.of(view).orElseThrow();
        NDArray values = manager.arange(12f).reshape(6, 2);
        assertSame(view, rows.copyFrom(values));
        assertArrayEquals(values.toFloatArray(), base.toFloatArray(), 0f);
        var e = assertThrows(IllegalArgumentException.class, () -> rows.copyFrom(values.reshape(4, 3)));
        assertTrue(e.getMessage().contains("do not fit"), e.getMessage());
    }

    @Test
    void aTileArrayWritesItsOutputsIntoTheRows() {
        NDArray weights = manager.arange(6f).reshape(2, 3);
        TileArray tiles = new TileArray(Presets.get(Presets.FLOATING_POINT), weights, null, manager, new Rng(1));
        NDArray inputs = manager.ones(new Shape(4, 3));
        NDArray array = manager.zeros(new Shape(4, 2));
        assertSame(array, tiles.forward(inputs, new Rng(2), false, OutputRows.of(array).orElseThrow()));
        assertArrayEquals(new float[] {3, 12, 3, 12, 3, 12, 3, 12}, array.toFloatArray(), 1e-5f);
    }

    @Test
    void aSplitTileArrayWritesItsCombinedBlocksIntoTheRows() {
        RpuConfig floating = Presets.get(Presets.FLOATING_POINT);
        RpuConfig split = floating.withMapping(with(floating.mapping(), "maxInputSize", 2, "maxOutputSize", 1));
        NDArray weights = manager.arange(6f).reshape(2, 3);
        TileArray tiles = new TileArray(split, weights, manager.create(new float[] {1, -1}), manager, new Rng(1));
        assertEquals(4, tiles.tiles().size());
        NDArray array = manager.zeros(new Shape(4, 2));
        assertSame(array, tiles.forward(manager.ones(new Shape(4, 3)), new Rng(2), false,
                OutputRows.of(array).orElseThrow()));
        assertArrayEquals(new float[] {4, 11, 4, 11, 4, 11, 4, 11}, array.toFloatArray(), 1e-5f);
    }
}
