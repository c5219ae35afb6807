package org.zielbild.ui.modules.coaching;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty list or table says, wrapped to its width (German runs long; never cut). */
final class Placeholder {

    private Placeholder() {
    }

    static Label of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(8, 12, 8, 12));
        return label;
    }
}
