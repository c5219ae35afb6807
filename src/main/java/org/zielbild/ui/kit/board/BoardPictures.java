package org.zielbild.ui.kit.board;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Board;
import org.zielbild.export.model.Image;
import org.zielbild.ui.common.SessionPictures;

/**
 * Each board with notes as the wall draws it (the read-only canvas of the projection, fitted to
 * the whole board), as a PNG for the minutes. Vote totals appear only once revealed, as on the wall.
 */
public final class BoardPictures implements SessionPictures {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    @Override
    public List<String> keys(Session session) {
        return session.boards().boards().stream()
                .filter(b -> !session.boards().notesOf(b.id()).isEmpty())
                .map(b -> Image.boardKey(b.id())).toList();
    }

    @Override
    public Image draw(Session session, String key) {
        String boardId = key.substring(Image.boardKey("").length());
        Board board = session.boards().requireBoard(boardId);
        BoardSnapshot snapshot = BoardSnapshot.of(session, boardId);
        BoardFeed feed = new BoardFeed(new ReadOnlyObjectWrapper<>(snapshot).getReadOnlyProperty(),
                new ReadOnlyObjectWrapper<Bounds>().getReadOnlyProperty(),
                new javafx.beans.property.ReadOnlyBooleanWrapper(true).getReadOnlyProperty());
        BoardCanvas canvas = new BoardCanvas(feed);
        StackPane root = new StackPane(canvas);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        root.applyCss();
        root.layout();
        canvas.fitAll();
        canvas.redrawNow();
        WritableImage shot = canvas.snapshot(null, null);
        canvas.dispose();
        scene.setRoot(new StackPane());
        return new Image(key, board.title(), png(shot), (int) shot.getWidth(), (int) shot.getHeight());
    }

    /** PNG bytes of a JavaFX image, through AWT's encoder (no javafx-swing needed). */
    static byte[] png(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
