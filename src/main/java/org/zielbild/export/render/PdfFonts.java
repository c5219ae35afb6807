package org.zielbild.export.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts embedded in every minutes PDF: DejaVu Sans, regular and bold (bundled with its licence,
 * docs/decisions/0141), and Noto Emoji for emoji (the wall's font, 0104), read once. It knows which characters both faces can draw, so nothing the
 * font lacks goes to the PDF unmarked ({@link FontCoverage}).
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";
    /** The wall's emoji font (decision 0104), the fallback for what DejaVu Sans lacks. */
    static final String EMOJI_FAMILY = "Noto Emoji";

    private static final PdfFonts INSTANCE = new PdfFonts();

    private final byte[] regular;
    private final byte[] bold;
    private final CmapLookup regularMap;
    private final CmapLookup boldMap;
    private final byte[] emoji;
    private final CmapLookup emojiMap;

    private PdfFonts() {
        regular = read("fonts/DejaVuSans.ttf");
        bold = read("fonts/DejaVuSans-Bold.ttf");
        regularMap = cmap(regular);
        boldMap = cmap(bold);
        emoji = read("/org/zielbild/ui/fonts/NotoEmoji-Regular.ttf");
        emojiMap = cmap(emoji);
    }

    static PdfFonts get() {
        return INSTANCE;
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    byte[] emoji() {
        return emoji;
    }

    /** Whether both faces have a glyph for the code point, or the emoji font has one. */
    boolean draws(int codePoint) {
        return regularMap.getGlyphId(codePoint) > 0 && boldMap.getGlyphId(codePoint) > 0
                || emojiMap.getGlyphId(codePoint) > 0;
    }

    private static byte[] read(String name) {
        String path = name.startsWith("/") ? name : "/org/zielbild/export/" + name;
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CmapLookup cmap(byte[] ttf) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            CmapLookup lookup = font.getUnicodeCmapLookup();
            // The lookup keeps what it needs; the font's tables are read eagerly on parse.
            return lookup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
