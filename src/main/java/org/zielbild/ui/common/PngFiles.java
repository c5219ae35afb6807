package org.zielbild.ui.common;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as a PNG file the user chose (a poster for the minutes or the wall), not a
 * session file, or as PNG bytes for the minutes. Plain ImageIO, so no javafx-swing is needed.
 */
public final class PngFiles {

    private PngFiles() {
    }

    public static void write(Image image, File file) throws IOException {
        if (!ImageIO.write(awt(image), "png", file)) {
            throw new IOException("no PNG writer");
        }
    }

    /** The image as PNG bytes (a picture for the minutes). */
    public static byte[] bytes(Image image) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(awt(image), "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a stream in memory does not fail
        }
        return out.toByteArray();
    }

    private static BufferedImage awt(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            pixels.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
