package org.driftlab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes every file DriftLab produces (configurations, checkpoints, run records, exports) through a temporary file
 * in the same folder and a move, so that a crash never leaves half a file.
 */
public final class AtomicFiles {
    /** Writes the file's content into the stream it is given. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Fails now, rather than after hours of work, where {@link #write} could not write the file: makes its folder
     * and a temporary file in it, which it deletes again.
     *
     * @throws IllegalArgumentException naming the file and the reason, where it cannot be written
     */
    public static void requireWritable(Path file, String what) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Files.delete(Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(what + " " + file + ": cannot write there (" + e + ")");
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(what + " " + file + ": is a folder; give a file name");
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
