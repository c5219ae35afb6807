package org.zielbild.export.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF's bidi: a Hebrew phrase inside German text is one right-to-left run, drawn reversed. */
class JdkBidiTest {

    private final JdkBidi bidi = new JdkBidi();

    @Test
    void aHebrewPhraseInGermanTextIsItsOwnRightToLeftRun() {
        String text = "Alles ist höchste Priorität שלום עולם und mehr";
        List<String> runs = runs(text, BidiSplitter.LTR);
        assertThat(runs).containsExactly("LTR:Alles ist höchste Priorität ", "RTL:שלום עולם", "LTR: und mehr");
    }

    @Test
    void inARightToLeftParagraphTheRunsComeInVisualOrder() {
        // Base direction right to left: the Latin word, logically last, is drawn first (leftmost).
        List<String> runs = runs("שלום Team", BidiSplitter.RTL);
        assertThat(runs).containsExactly("LTR:Team", "RTL:שלום ");
    }

    @Test
    void aRightToLeftRunIsReversedByCodePointWithItsBracketsMirrored() {
        assertThat(bidi.reorderRTLTextToLTR("(שלום)")).isEqualTo("(םולש)");
        assertThat(bidi.reorderRTLTextToLTR("א\uD83D\uDC4D")).isEqualTo("\uD83D\uDC4Dא");
    }

    @Test
    void theFirstStrongCharacterDecidesTheBaseDirection() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        assertThat(splitter.getBaseDirection("123 שלום Team")).isEqualTo(BidiSplitter.RTL);
        assertThat(splitter.getBaseDirection("Team שלום")).isEqualTo(BidiSplitter.LTR);
        assertThat(splitter.getBaseDirection("123 !")).isEqualTo(BidiSplitter.NEUTRAL);
    }

    @Test
    void anEmptyParagraphHasNoRuns() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        splitter.setParagraph("", BidiSplitter.LTR);
        assertThat(splitter.countTextRuns()).isZero();
    }

    private List<String> runs(String text, byte direction) {
        BidiSplitter splitter = bidi.createBidiSplitter();
        splitter.setParagraph(text, direction);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
            BidiTextRun run = splitter.getVisualRun(i);
            out.add((run.getDirection() == BidiSplitter.RTL ? "RTL:" : "LTR:")
                    + text.substring(run.getStart(), run.getStart() + run.getLength()));
        }
        return out;
    }
}
