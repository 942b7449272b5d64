package org.driftlab.analog.device;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A temporary manager for one computation: the inputs are attached to it for the duration, so every intermediate
 * lands in it and is freed on close, while results handed to {@link #keep} go to the owner (the manager of the
 * first input at opening).
 */
final class Scope implements AutoCloseable {
    private final NDManager owner;
    private final NDManager manager;

    private Scope(List<NDArray> inputs) {
        this.owner = inputs.get(0).getManager();
        this.manager = owner.newSubManager();
        // Attach each array once: attaching the same array twice would record the scope as its original manager.
        Set<NDArray> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NDArray input : inputs) {
            if (input != null) {
                distinct.add(input);
            }
        }
        manager.tempAttachAll(distinct.toArray(NDArray[]::new));
    }

    /** Opens a scope owned by the manager of {@code first}. */
    static Scope of(NDArray first, NDArray... others) {
        List<NDArray> inputs = new ArrayList<>();
        inputs.add(first);
        inputs.addAll(Arrays.asList(others));
        return new Scope(inputs);
    }

    /** Opens a scope owned by the manager of the first array of {@code arrays}. */
    static Scope ofAll(List<NDArray> arrays, NDArray... others) {
        List<NDArray> inputs = new ArrayList<>(arrays);
        inputs.addAll(Arrays.asList(others));
        return new Scope(inputs);
    }

    NDManager manager() {
        return manager;
    }

    NDManager owner() {
        return owner;
    }

    /** Hands a result to the owner so that it outlives the scope. */
    NDArray keep(NDArray result) {
        result.attach(owner);
        return result;
    }

    /** A float32 scalar array in this scope. */
    NDArray scalar(double value) {
        return manager.create((float) value);
    }

    @Override
    public void close() {
        manager.close();
    }
}
