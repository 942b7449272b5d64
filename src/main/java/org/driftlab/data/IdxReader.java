package org.driftlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads IDX files (the MNIST format), gzipped or not: a big-endian int32 magic, the dimensions, then the bytes. */
public final class IdxReader {
    public static final int IMAGES_MAGIC = 2051;
    public static final int LABELS_MAGIC = 2049;

    private IdxReader() {
    }

    public static IdxImages readImages(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            requireMagic(file, in.readInt(), IMAGES_MAGIC, "images");
            int count = nonNegative(file, in.readInt(), "image count");
            int rows = nonNegative(file, in.readInt(), "rows");
            int columns = nonNegative(file, in.readInt(), "columns");
            long size = (long) count * rows * columns;
            if (size > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(file + ": " + count + " images of " + rows + "×" + columns
                        + " are too many to hold in memory");
            }
            byte[] pixels = new byte[(int) size];
            in.readFully(pixels);
            return new IdxImages(count, rows, columns, pixels);
        } catch (EOFException e) {
            throw truncated(file);
        }
    }

    public static byte[] readLabels(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            requireMagic(file, in.readInt(), LABELS_MAGIC, "labels");
            byte[] labels = new byte[nonNegative(file, in.readInt(), "label count")];
            in.readFully(labels);
            return labels;
        } catch (EOFException e) {
            throw truncated(file);
        }
    }

    /** Reads an image file and its label file, which must hold the same number of entries. */
    public static IdxLabelledImages readLabelled(Path imagesFile, Path labelsFile) throws IOException {
        IdxImages images = readImages(imagesFile);
        byte[] labels = readLabels(labelsFile);
        if (images.count() != labels.length) {
            throw new IllegalArgumentException("count mismatch: " + imagesFile + " holds " + images.count()
                    + " images but " + labelsFile + " holds " + labels.length + " labels");
        }
        return new IdxLabelledImages(images, labels);
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int first = raw.read();
        int second = raw.read();
        raw.reset();
        boolean gzipped = first == 0x1f && second == 0x8b;
        try {
            return new DataInputStream(gzipped ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)) : raw);
        } catch (EOFException e) {
            raw.close();
            throw truncated(file);
        }
    }

    private static void requireMagic(Path file, int magic, int expected, String kind) {
        if (magic != expected) {
            throw new IllegalArgumentException(file + ": not an IDX " + kind + " file (magic number " + magic
                    + ", expected " + expected + ")");
        }
    }

    private static int nonNegative(Path file, int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(file + ": negative " + what + " " + value + " in the IDX header");
        }
        return value;
    }

    private static IllegalArgumentException truncated(Path file) {
        return new IllegalArgumentException(file + ": truncated IDX file (it ends before the header's count of"
                + " entries)");
    }
}
