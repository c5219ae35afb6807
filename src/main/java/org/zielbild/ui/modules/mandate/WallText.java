package org.zielbild.ui.modules.mandate;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Estimates how tall a wrapped text is on the wall before it is shown (the projection is built while
 * it may be in no scene, so CSS has not sized its labels yet): the card and the matrix use it to keep
 * what fits and say "+ 3 more" for the rest, never smaller type and never a cut line.
 */
final class WallText {

    /** Room for the label's line spacing and the font's metrics differing a little from the measure. */
    private static final double SLACK = 1.05;

    private WallText() {
    }

    static double height(String text, double size, boolean bold, double width) {
        Text t = new Text(text.isEmpty() ? " " : text);
        t.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        t.setWrappingWidth(width);
        return Math.ceil(t.getLayoutBounds().getHeight() * SLACK);
    }

    /** At most {@code max} code points, cut at a word with "…" (a whole statement can be long). */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, max));
        int space = head.lastIndexOf(' ');
        return (space > max / 2 ? head.substring(0, space) : head).strip() + "…";
    }
}
