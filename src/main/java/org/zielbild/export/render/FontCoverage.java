package org.zielbild.export.render;

import java.util.function.IntPredicate;

/**
 * Marks what the PDF's font cannot draw instead of dropping it: each such character (an emoji
 * with its joiners, skin tones and variation selectors counts as one) becomes one U+FFFD
 * REPLACEMENT CHARACTER, which the font has. Joiners and selectors next to characters the font does
 * draw stay untouched.
 */
final class FontCoverage {

    static final int REPLACEMENT = 0xFFFD;

    private final IntPredicate draws;

    FontCoverage(IntPredicate draws) {
        this.draws = draws;
    }

    /** The text with every missing character marked; the same instance when nothing is missing. */
    String mark(String text) {
        if (text.codePoints().allMatch(cp -> draws.test(cp) || invisibleGlue(cp) || cp == '\n' || cp == '\t')) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inMissing = false;
        boolean joined = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (invisibleGlue(cp) || inMissing && cp == 0x20E3) {
                if (inMissing) {
                    joined |= cp == 0x200D; // the next character belongs to the same emoji
                } else {
                    out.appendCodePoint(cp); // after a drawn character: harmless, kept
                }
            } else if (cp == '\n' || cp == '\t' || draws.test(cp)) {
                out.appendCodePoint(cp);
                inMissing = false;
            } else {
                if (!(inMissing && joined)) {
                    out.appendCodePoint(REPLACEMENT);
                }
                inMissing = true;
                joined = false;
            }
        }
        return out.toString();
    }

    boolean complete(String text) {
        return mark(text).equals(text);
    }

    /** Zero-width joiner, variation selectors, skin-tone modifiers and tag characters: parts of one emoji. */
    private static boolean invisibleGlue(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
