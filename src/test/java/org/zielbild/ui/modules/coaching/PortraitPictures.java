package org.zielbild.ui.modules.coaching;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A made-up portrait to attach as a coach's photo (tests and screenshots). */
final class PortraitPictures {

    private PortraitPictures() {
    }

    /** A square PNG: a soft two-colour gradient with a head-and-shoulders silhouette. */
    static Path portrait(Path dir, String name, int hue) {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue / 360f, 0.35f, 0.95f), 400, 400,
                Color.getHSBColor(((hue + 40) % 360) / 360f, 0.55f, 0.7f)));
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.getHSBColor(hue / 360f, 0.25f, 0.35f));
        g.fillOval(130, 70, 140, 160);
        g.fillRoundRect(70, 250, 260, 220, 120, 120);
        g.dispose();
        try {
            Path file = dir.resolve(name + ".png");
            ImageIO.write(img, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
