package org.driftlab.data;

/** An IDX image file together with its label file. */
public record IdxLabelledImages(IdxImages images, byte[] labels) {
    public int count() {
        return labels.length;
    }
}
