package org.driftlab.analog;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Forward outputs [rows, out] written into an array the caller provides, through its memory: hardware-aware
 * training has the tiles write their values into the exact product's output, which autograd then differentiates
 * as the exact product (no backward reads the output of a convolution or a linear layer, so the values it holds
 * are free to change).
 */
public final class OutputRows {
    private OutputRows() {
    }

    /**
     * Whether outputs can be written into {@code rows} through its memory: a float array on the CPU, not empty,
     * whose memory the engine hands out directly. The engine hands out a fresh copy of an array that is not
     * contiguous, so a value written through one reading and looked for through another tells the two apart.
     */
    public static boolean writable(NDArray rows) {
        if (rows.getDevice().isGpu() || rows.getDataType() != DataType.FLOAT32 || rows.size() == 0) {
            return false;
        }
        ByteBuffer first = rows.toByteBuffer(true);
        ByteBuffer second = rows.toByteBuffer(true);
        int original = first.getInt(0);
        first.putInt(0, ~original);
        boolean shared = second.getInt(0) == ~original;
        first.putInt(0, original);
        return shared;
    }

    /** Throws unless {@code into} is null or writable: a copy's memory would take the outputs and lose them. */
    static void requireWritableOrNull(NDArray into) {
        if (into != null && !writable(into)) {
            throw new IllegalArgumentException("outputs can be written only into a contiguous float array on the"
                    + " CPU, not into " + into.getDataType() + " " + into.getShape() + " on " + into.getDevice());
        }
    }

    /** The memory of a writable array (see {@link #writable}), as floats. */
    static FloatBuffer floats(NDArray rows) {
        return rows.toByteBuffer(true).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Copies {@code values} into the writable array {@code into} of the same shape, and returns {@code into}. */
    static NDArray copy(NDArray values, NDArray into) {
        if (!values.getShape().equals(into.getShape())) {
            throw new IllegalArgumentException("outputs " + values.getShape() + " do not fit " + into.getShape());
        }
        floats(into).put(floats(values));
        return into;
    }
}
