package org.zielbild.ui.modules.coaching;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.zielbild.ui.modules.coaching.CoachingRoom.RoomCoach;

/** A coach's photo on the wall, square and rounded; their initials when there is none (or it is missing). */
final class PhotoFrame {

    private PhotoFrame() {
    }

    static Node of(RoomCoach coach, double size) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("coaching-wall-photo-frame");
        frame.setMinSize(size, size);
        frame.setPrefSize(size, size);
        frame.setMaxSize(size, size);
        frame.setAlignment(Pos.CENTER);
        if (coach.photo() != null) {
            ImageView view = new ImageView(new Image(coach.photo(), size, size, true, true, true));
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(true);
            Rectangle clip = new Rectangle(size, size);
            clip.setArcWidth(32);
            clip.setArcHeight(32);
            view.setClip(clip);
            frame.getChildren().add(view);
        } else {
            Label initials = new Label(initials(coach.name()));
            initials.getStyleClass().addAll("coaching-wall-initials", "coaching-wall-accent");
            initials.setStyle("-fx-font-size: " + Math.max(28, Math.round(size * 0.3)) + "px;");
            frame.getChildren().add(initials);
        }
        return frame;
    }

    static String initials(String name) {
        return Arrays.stream(name.replace(",", " ").split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT))
                .collect(Collectors.joining());
    }
}
