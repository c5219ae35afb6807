package org.zielbild.ui.modules.target;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;
import org.zielbild.config.AppDirs;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.OpenSession;
import org.zielbild.session.StoredAttachment;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.testing.TargetSamples;

/**
 * Puts a target-picture sample into a workspace for screenshots of the real app, with a picture
 * on the first statement (copied in through the store's attachments):
 * {@code TargetSessionWriter <zielbild.home> <en|de> <poster|rated|voting>}.
 */
public final class TargetSessionWriter {

    private TargetSessionWriter() {
    }

    public static void main(String[] args) throws Exception {
        AppDirs dirs = AppDirs.under(Path.of(args[0]));
        Language lang = args[1].equals("de") ? Language.DE : Language.EN;
        Session s = switch (args[2]) {
            case "rated" -> TargetSamples.rated(lang);
            case "voting" -> TargetSamples.voting(lang);
            default -> TargetSamples.poster(lang);
        };
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(dirs.defaultWorkspace(), dirs.rescue(), Clock.systemUTC());
        try (OpenSession open = library.create(s, Runnable::run)) {
            StoredAttachment a = open.attachments().add(picture(), AttachmentKind.IMAGE);
            open.service().apply(new SetStatementPicture("st1", new StatementPicture(a.reference(), a.fileName())));
            System.out.println("created " + open.location());
        }
    }

    /** A small picture: a sunrise over a horizon, drawn here (no file from outside). */
    private static Path picture() throws Exception {
        BufferedImage img = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x56B4E9), 0, 300, new Color(0xF0E442)));
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(0xE69F00));
        g.fillOval(170, 150, 140, 140);
        g.setColor(new Color(0x009E73));
        g.fillRect(0, 220, 480, 80);
        g.dispose();
        Path file = Files.createTempFile("sunrise", ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
