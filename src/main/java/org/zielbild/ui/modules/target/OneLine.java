package org.zielbild.ui.modules.target;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A text shortened to one line of a given width, measured with the font it is drawn in, ending in
 * "…" when shortened: a deliberate abbreviation where the whole text is shown elsewhere (the poster,
 * the laptop), never a label cut by the layout.
 */
final class OneLine {

    private OneLine() {
    }

    static String fit(String text, Font font, double width) {
        String one = text.replace('\n', ' ').strip();
        if (width(one, font) <= width) {
            return one;
        }
        int lo = 0;
        int hi = one.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(one.substring(0, mid).stripTrailing() + "…", font) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return one.substring(0, lo).stripTrailing() + "…";
    }

    private static double width(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
