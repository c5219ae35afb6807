package org.zielbild.export.render;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Unicode bidi for the PDF with the JDK's {@link Bidi}: without it openhtmltopdf lays a Hebrew or
 * Arabic phrase inside German text out left to right, letter by letter reversed. openhtmltopdf's own
 * module for this needs ICU4J (14 MB) and is not published for its current version. What the JDK
 * lacks is Arabic letter shaping: Arabic prints in the right order but in isolated letter forms.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** Reverses a right-to-left run for drawing left to right, mirroring brackets (as a text field does). */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = text.length(); i > 0; ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            out.appendCodePoint(Character.isMirrored(cp) ? mirror(cp) : cp);
        }
        return out.toString();
    }

    @Override
    public String shapeText(String text) {
        return text;
    }

    @Override
    public String deshapeText(String text) {
        return text;
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            case '‹' -> '›';
            case '›' -> '‹';
            default -> cp;
        };
    }

    /** The runs of one paragraph in visual order, as openhtmltopdf asks for them. */
    private static final class Splitter implements BidiSplitter {

        private final List<BidiTextRun> runs = new ArrayList<>();

        @Override
        public void setParagraph(String text, byte direction) {
            runs.clear();
            if (text.isEmpty()) {
                return;
            }
            int flag = direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            Bidi bidi = new Bidi(text, flag);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] logical = new BidiTextRun[count];
            for (int i = 0; i < count; i++) {
                int start = bidi.getRunStart(i);
                levels[i] = (byte) bidi.getRunLevel(i);
                logical[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (levels[i] & 1) == 1 ? RTL : LTR);
            }
            Bidi.reorderVisually(levels, 0, logical, 0, count);
            runs.addAll(List.of(logical));
        }

        @Override
        public int countTextRuns() {
            return runs.size();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return runs.get(index);
        }

        @Override
        public byte getBaseDirection(String text) {
            // The first strong character decides, as in Unicode's rules P2 and P3.
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                byte d = Character.getDirectionality(cp);
                if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
            }
            return NEUTRAL;
        }
    }
}
