package org.zielbild.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in the sizes window managers ask for (made from assets/icon.svg). */
public final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static void apply(Stage stage) {
        stage.getIcons().addAll(images());
    }

    /** The icon in every size; may be called off the JavaFX thread. */
    public static List<Image> images() {
        return SIZES.stream().map(size -> {
            String path = "/org/zielbild/ui/icons/icon-" + size + ".png";
            return new Image(Objects.requireNonNull(AppIcons.class.getResource(path), path).toExternalForm());
        }).toList();
    }
}
