package org.driftlab.data;

import java.io.IOException;
import java.util.List;

/** A view of some images of another dataset, in the given order (for example a validation split). */
public final class SubsetDataset implements ImageDataset {
    private final ImageDataset base;
    private final int[] indices;
    private final String name;

    public SubsetDataset(ImageDataset base, int[] indices, String name) {
        for (int index : indices) {
            if (index < 0 || index >= base.size()) {
                throw new IllegalArgumentException("index " + index + " is outside the dataset (size " + base.size() + ")");
            }
        }
        this.base = base;
        this.indices = indices.clone();
        this.name = name;
    }

    @Override
    public int size() {
        return indices.length;
    }

    @Override
    public int label(int index) {
        return base.label(indices[index]);
    }

    @Override
    public List<String> classNames() {
        return base.classNames();
    }

    @Override
    public RawImage read(int index) throws IOException {
        return base.read(indices[index]);
    }

    @Override
    public String source(int index) {
        return base.source(indices[index]);
    }

    @Override
    public String describe() {
        return name + " (" + indices.length + " of " + base.describe() + ")";
    }

    @Override
    public String fingerprint() {
        return base.fingerprint() + ":" + name + ":" + indices.length;
    }
}
