package org.zielbild.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text as typed, drawn (decision 0104): emoji in the bundled Noto Emoji font (JavaFX draws no colour
 * emoji and many systems have no emoji font), mixed-direction text in visual order for what draws
 * line by line (a canvas), and a visible replacement (U+FFFD) for a character no font can draw, never
 * nothing.
 */
public final class Glyphs {

    /** Drawn for a character that no font here has. */
    public static final String REPLACEMENT = "\uFFFD";
    private static final Logger LOG = LoggerFactory.getLogger(Glyphs.class);
    private static final String RESOURCE = "/org/zielbild/ui/fonts/NotoEmoji-Regular.ttf";
    private static volatile String emojiFamily;
    private static volatile java.awt.Font emojiAwt;
    private static volatile java.awt.Font systemAwt;

    /** A piece of a line: text in one font and one direction. */
    public record Run(String text, boolean emoji, boolean rtl) {
    }

    private Glyphs() {
    }

    /** The bundled emoji font at {@code size} px. */
    public static Font emojiFont(double size) {
        if (emojiFamily == null) {
            load();
        }
        return Font.font(emojiFamily, size);
    }

    private static synchronized void load() {
        if (emojiFamily != null) {
            return;
        }
        try (InputStream in = Objects.requireNonNull(Glyphs.class.getResourceAsStream(RESOURCE))) {
            Font f = Font.loadFont(in, 12);
            emojiFamily = f == null ? Font.getDefault().getFamily() : f.getFamily();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the bundled emoji font could not be loaded", e);
            emojiFamily = Font.getDefault().getFamily();
        }
    }

    /** Whether a code point is drawn from the emoji font. */
    public static boolean isEmoji(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp >= 0x1F1E6 && cp <= 0x1F1FF
                || cp == 0xFE0F || cp == 0x200D || cp >= 0x2B00 && cp <= 0x2BFF;
    }

    /** The text with every character that neither the system's fonts nor the emoji font can draw replaced by U+FFFD. */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (!drawable(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** Whether some font here has a glyph for the code point (controls and spaces count as drawable). */
    public static boolean drawable(int cp) {
        if (cp < 0x80 || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return true;
        }
        try {
            return isEmoji(cp) ? emojiAwt().canDisplay(cp) : systemAwt().canDisplay(cp) || emojiAwt().canDisplay(cp);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    private static java.awt.Font systemAwt() {
        if (systemAwt == null) {
            systemAwt = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        }
        return systemAwt;
    }

    private static java.awt.Font emojiAwt() {
        if (emojiAwt == null) {
            try (InputStream in = Objects.requireNonNull(Glyphs.class.getResourceAsStream(RESOURCE))) {
                emojiAwt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                emojiAwt = systemAwt();
            }
        }
        return emojiAwt;
    }

    /** A line split into runs of emoji and other text, in logical order (for a text layout that does bidi). */
    public static List<Run> runs(String line) {
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean emoji = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean e = isEmoji(cp);
            if (e != emoji && run.length() > 0) {
                out.add(new Run(run.toString(), emoji, false));
                run.setLength(0);
            }
            emoji = e;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            out.add(new Run(run.toString(), emoji, false));
        }
        return out;
    }

    /**
     * One line in visual order, left to right, for drawing run by run (a canvas has no bidi layout):
     * right-to-left runs come with their characters reversed, emoji runs apart.
     */
    public static List<Run> visualRuns(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return runs(line);
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] pieces = new Object[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String text = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            boolean rtl = (levels[i] & 1) == 1;
            pieces[i] = rtl ? new StringBuilder(text).reverse().toString() : text;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        List<Run> out = new ArrayList<>();
        for (Object p : pieces) {
            for (Run r : runs((String) p)) {
                out.add(new Run(r.text(), r.emoji(), false));
            }
        }
        return out;
    }
}
