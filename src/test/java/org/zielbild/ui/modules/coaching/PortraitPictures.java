package org.zielbild.ui.modules.coaching;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.zielbild.ui.spi.ImageAttachments;

/** Pictures kept in a temp folder for tests and screenshots, and a made-up portrait to attach. */
final class PortraitPictures implements ImageAttachments {

    private final Path folder;

    PortraitPictures(Path folder) {
        this.folder = folder;
    }

    @Override
    public String attach(Path image) throws Refused {
        try {
            byte[] bytes = Files.readAllBytes(image);
            if (bytes.length < 4 || (bytes[0] & 0xFF) != 0x89 || bytes[1] != 'P') {
                throw new Refused(org.zielbild.domain.Message.of("attachments.notImage", image.getFileName().toString()));
            }
            Path target = folder.resolve(image.getFileName());
            Files.write(target, bytes);
            return target.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> url(String reference) {
        Path file = folder.resolve(reference);
        return Files.exists(file) ? Optional.of(file.toUri().toString()) : Optional.empty();
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
