package org.driftlab.testing;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests whose every method gets a fresh tensor manager, closed after it (with all it created). */
public abstract class WithTensorManager {
    private final Device device;
    protected NDManager manager;

    /** Managers on the engine's default device: the GPU where there is one. */
    protected WithTensorManager() {
        this(null);
    }

    /** Managers on this device: for tests of code that runs there only (the fused CPU paths, say). */
    protected WithTensorManager(Device device) {
        this.device = device;
    }

    @BeforeEach
    void openManager() {
        manager = NDManager.newBaseManager(device);
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }
}
