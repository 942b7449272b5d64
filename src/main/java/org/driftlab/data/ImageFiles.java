package org.driftlab.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Decodes JPEG, PNG and BMP files to RGB with the JDK's ImageIO. */
final class ImageFiles {
    private ImageFiles() {
    }

    /** The image as 3-channel RGB (grey images are repeated over the channels, as PIL's convert('RGB') does). */
    static RawImage readRgb(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such image file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot decode: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        if (image == null) {
            throw new IOException("not a readable image (no JPEG, PNG or BMP decoder accepts it)");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int at = (y * width + x) * 3;
                pixels[at] = (byte) (row[x] >> 16);
                pixels[at + 1] = (byte) (row[x] >> 8);
                pixels[at + 2] = (byte) row[x];
            }
        }
        return new RawImage(width, height, 3, pixels);
    }
}
