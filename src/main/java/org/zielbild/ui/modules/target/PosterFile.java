package org.zielbild.ui.modules.target;

import java.io.File;
import java.io.IOException;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.PngFiles;
import org.zielbild.ui.common.WallPalette;

/**
 * The poster as a PNG of 1920 × 1080: a fresh projection of the same feed, in the light theme (it
 * goes into minutes and onto printed walls), with the session's title on top like the projector's
 * band, laid out off screen and snapshotted.
 */
final class PosterFile {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private PosterFile() {
    }

    /** The poster as an image (the projection's state as it is: poster, round progress or results). */
    static WritableImage render(TargetFeed feed, I18n roomI18n, String title) {
        TargetProjection projection = new TargetProjection(feed, roomI18n);
        Label heading = new Label(title);
        heading.getStyleClass().add("poster-file-title");
        heading.setWrapText(true);
        VBox.setVgrow(projection.root(), Priority.ALWAYS);
        VBox page = new VBox(24, heading, projection.root());
        page.setPadding(new Insets(56, 72, 56, 72));
        page.getStyleClass().add("target-poster-file");
        page.setStyle(WallPalette.LIGHT.style()); // the wall's own colours, never a copy of them
        page.getStylesheets().add(TargetStyles.STYLESHEET);
        page.setPrefSize(WIDTH, HEIGHT);
        page.setMinSize(WIDTH, HEIGHT);
        page.setMaxSize(WIDTH, HEIGHT);
        Scene scene = new Scene(page, WIDTH, HEIGHT);
        page.applyCss();
        page.layout();
        SnapshotParameters params = new SnapshotParameters();
        return scene.getRoot().snapshot(params, new WritableImage(WIDTH, HEIGHT));
    }

    /** Writes it; the refusal (in the user's words) when the file cannot be written. */
    static Message save(TargetFeed feed, I18n roomI18n, String title, File file) {
        try {
            PngFiles.write(render(feed, roomI18n, title), file);
            return null;
        } catch (IOException | RuntimeException e) {
            return Message.of("target.poster.failed", file.getName(), String.valueOf(e.getMessage()));
        }
    }
}
