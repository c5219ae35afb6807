package org.zielbild.ui.kit.board;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Fonts by pixel size (rounded to half pixels, cached) and text widths, for drawing on a canvas. */
final class CanvasFonts {

    private final String family;
    private final Map<Long, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    CanvasFonts(String family) {
        this.family = family;
    }

    Font font(double px, boolean bold) {
        long key = Math.round(px * 2) * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                Math.round(px * 2) / 2.0));
    }

    double width(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
