package org.zielbild.ui.kit.board;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import java.util.List;
import org.zielbild.ui.common.Glyphs;

/**
 * How tall a text is when wrapped to a width, measured with the same text layout the wall's labels
 * use (so bidi runs and fallback glyphs measure as they are drawn); cached per text, size and width.
 */
final class WallMeasure {

    private final String family;
    private final Text probe = new Text();
    private final Map<String, Double> cache = new HashMap<>();

    WallMeasure(String family) {
        this.family = family;
    }

    String family() {
        return family;
    }

    Font font(double size, boolean bold) {
        return Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** The height of {@code text} at {@code size} px wrapped to {@code width} px (a label's). */
    double height(String text, double size, boolean bold, double width) {
        String key = size + (bold ? "b" : "n") + Math.round(width) + '\u0000' + text;
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        probe.setFont(font(size, bold));
        probe.setWrappingWidth(width);
        probe.setText(text);
        // Two pixels of slack: a label rounds its insets and lines a little differently.
        double h = Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
        remember(key, h);
        return h;
    }

    /** The height of a note's text as {@code WallBoard} draws it (runs in the body and the emoji font). */
    double noteHeight(String text, double size, double width) {
        String key = size + "t" + Math.round(width) + '\u0000' + text;
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        List<Glyphs.Run> runs = Glyphs.runs(Glyphs.visible(text));
        double h;
        if (runs.size() == 1 && !runs.get(0).emoji()) {
            h = height(runs.get(0).text(), size, false, width);
        } else {
            TextFlow flow = new TextFlow();
            for (Glyphs.Run r : runs) {
                Text t = new Text(r.text());
                t.setFont(r.emoji() ? Glyphs.emojiFont(size) : font(size, false));
                flow.getChildren().add(t);
            }
            h = Math.ceil(flow.prefHeight(width)) + 2;
        }
        remember(key, h);
        return h;
    }

    private void remember(String key, double value) {
        if (cache.size() > 50_000) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /** The width of the longest word: a text narrower than its box never breaks inside a word. */
    double longestWord(String text, double size, boolean bold) {
        String key = size + (bold ? "w" : "v") + '\u0000' + text;
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        double max = longestWordNow(text, size, bold);
        remember(key, max);
        return max;
    }

    private double longestWordNow(String text, double size, boolean bold) {
        probe.setFont(font(size, bold));
        probe.setWrappingWidth(0);
        double max = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            max = Math.max(max, probe.getLayoutBounds().getWidth());
        }
        return max;
    }
}
