package org.zielbild.ui.kit.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Wraps a note's text into its fixed box, choosing the largest font size at which it fits
 * (long notes get smaller type, never cut in the data). Character widths are measured once and
 * results are cached per text, so a redraw costs no measuring.
 */
final class TextFitter {

    /** The text as it is drawn: font size and lines, in board units. */
    record Fitted(double size, List<String> lines, boolean truncated) {
        double lineHeight() {
            return size * LINE_SPACING;
        }
    }

    static final double[] SIZES = {22, 20, 18, 16, 14.5, 13, 12, 11, 10, 9, 8};
    static final double LINE_SPACING = 1.2;
    private static final double BASE = 100;
    // Kerning and hinting differ a little between sizes: leave room so a line never spills over.
    private static final double SLACK = 0.94;
    private static final int CACHE_LIMIT = 20_000;

    private final String family;
    private final Text probe = new Text();
    private final Map<Integer, Double> charWidths = new HashMap<>();
    private final Map<String, Fitted> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Fitted> eldest) {
            return size() > CACHE_LIMIT;
        }
    };
    private final double width;
    private final double height;
    private boolean brokeWord;

    TextFitter(String family, double width, double height) {
        this.family = family;
        this.width = width * SLACK;
        this.height = height;
        probe.setFont(Font.font(family, BASE));
    }

    String family() {
        return family;
    }

    /** The text's lines at the largest size that fits; a character no font can draw becomes U+FFFD (0104). */
    Fitted fit(String text) {
        return cache.computeIfAbsent(text, t -> compute(org.zielbild.ui.common.Glyphs.visible(t)));
    }

    private Fitted compute(String text) {
        // First choice: the largest size at which no word has to be broken; then any size that fits.
        for (boolean allowBreaks : new boolean[] {false, true}) {
            for (double size : SIZES) {
                brokeWord = false;
                List<String> lines = wrap(text, size);
                if (lines.size() * size * LINE_SPACING <= height && (allowBreaks || !brokeWord)) {
                    return new Fitted(size, lines, false);
                }
            }
        }
        double size = SIZES[SIZES.length - 1];
        int max = Math.max(1, (int) Math.floor(height / (size * LINE_SPACING)));
        List<String> lines = new ArrayList<>(wrap(text, size).subList(0, max));
        lines.set(max - 1, ellipsize(lines.get(max - 1), size));
        return new Fitted(size, lines, true);
    }

    List<String> wrap(String text, double size) {
        double k = size / BASE;
        double space = charWidth(' ') * k;
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word) * k;
                if (line.length() > 0 && lineWidth + space + w <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w <= width) {
                    line.append(word);
                    lineWidth = w;
                } else {
                    // A word longer than the line is broken where it must be.
                    brokeWord = true;
                    for (int i = 0; i < word.length(); ) {
                        int cp = word.codePointAt(i);
                        double cw = charWidth(cp) * k;
                        if (lineWidth + cw > width && line.length() > 0) {
                            lines.add(line.toString());
                            line.setLength(0);
                            lineWidth = 0;
                        }
                        line.appendCodePoint(cp);
                        lineWidth += cw;
                        i += Character.charCount(cp);
                    }
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String ellipsize(String line, double size) {
        double k = size / BASE;
        String out = line;
        while (!out.isEmpty() && (width(out) + charWidth('…')) * k > width) {
            out = out.substring(0, out.offsetByCodePoints(out.length(), -1));
        }
        return out + "…";
    }

    private double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += charWidth(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private double charWidth(int cp) {
        return charWidths.computeIfAbsent(cp, c -> {
            probe.setText(new String(Character.toChars(c)));
            return probe.getLayoutBounds().getWidth();
        });
    }
}
