package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Optional;

/**
 * An array [rows, out] that forward outputs are written into through its memory: hardware-aware training has the
 * tiles write their values into the exact product's output, which autograd then differentiates as the exact product
 * (no backward reads the output of a convolution or a linear layer, so the values it holds are free to change).
 * Only {@link #of} makes one, after checking the memory once; the forward passes that take one write without
 * checking again.
 */
public final class OutputRows {
    private final NDArray array;

    private OutputRows(NDArray array) {
        this.array = array;
    }

    /**
     * {@code rows} as a place for outputs, or empty where they cannot be written through its memory: a float array
     * on the CPU, not empty, whose memory the engine hands out directly. The engine hands out a fresh copy of an
     * array that is not contiguous, so a value written through one reading and looked for through another tells the
     * two apart.
     */
    public static Optional<OutputRows> of(NDArray rows) {
        if (rows.getDevice().isGpu() || rows.getDataType() != DataType.FLOAT32 || rows.size() == 0) {
            return Optional.empty();
        }
        ByteBuffer first = rows.toByteBuffer(true);
        ByteBuffer second = rows.toByteBuffer(true);
        int original = first.getInt(0);
        first.putInt(0, ~original);
        boolean shared = second.getInt(0) == ~original;
        first.putInt(0, original);
        return shared ? Optional.of(new OutputRows(rows)) : Optional.empty();
    }

    /** The array the outputs go into. */
    public NDArray array() {
        return array;
    }

    /** Its memory, as floats. */
    FloatBuffer floats() {
        return array.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Copies {@code values}, of the same shape, into the array, and returns the array. */
    NDArray copyFrom(NDArray values) {
        if (!values.getShape().equals(array.getShape())) {
            throw new IllegalArgumentException("outputs " + values.getShape() + " do not fit " + array.getShape());
        }
        floats().put(values.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer());
        return array;
    }
}
