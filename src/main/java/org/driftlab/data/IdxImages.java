package org.driftlab.data;

/** The content of an IDX image file: {@code count} images of {@code rows × columns} unsigned bytes, in order. */
public record IdxImages(int count, int rows, int columns, byte[] pixels) {
    public byte[] image(int index) {
        int size = rows * columns;
        byte[] image = new byte[size];
        System.arraycopy(pixels, index * size, image, 0, size);
        return image;
    }
}
