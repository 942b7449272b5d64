package org.driftlab.data;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.driftlab.AtomicFiles;

/** Writes gzipped IDX files (through a temporary file moved into place). */
public final class IdxWriter {
    private IdxWriter() {
    }

    public static void writeImages(Path file, IdxImages images) throws IOException {
        write(file, out -> {
            out.writeInt(IdxReader.IMAGES_MAGIC);
            out.writeInt(images.count());
            out.writeInt(images.rows());
            out.writeInt(images.columns());
            out.write(images.pixels());
        });
    }

    public static void writeLabels(Path file, byte[] labels) throws IOException {
        write(file, out -> {
            out.writeInt(IdxReader.LABELS_MAGIC);
            out.writeInt(labels.length);
            out.write(labels);
        });
    }

    private interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        AtomicFiles.write(file, stream -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(stream, 1 << 16)))) {
                body.writeTo(out);
            }
        });
    }
}
