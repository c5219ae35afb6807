package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text as typed (issue 15, decision 0104): emoji kept, bidi in visual order, a visible replacement for the rest. */
class GlyphsTest {

    @Test
    void anEmojiIsKeptForTheBundledFontAndSplitIntoItsOwnRun() {
        String text = "Super Idee \uD83D\uDC4D";
        assertThat(Glyphs.visible(text)).isEqualTo(text);
        assertThat(Glyphs.runs(text)).containsExactly(new Glyphs.Run("Super Idee ", false, false),
                new Glyphs.Run("\uD83D\uDC4D", true, false));
    }

    @Test
    void aHebrewPhraseInsideGermanTextIsDrawnRightToLeftInItsPlace() {
        List<Glyphs.Run> runs = Glyphs.visualRuns("Wir sagen שלום zum Prozess");
        assertThat(runs.stream().map(Glyphs.Run::text).toList())
                .containsExactly("Wir sagen ", "םולש", " zum Prozess");
    }

    @Test
    void aCharacterNoFontCanDrawBecomesAVisibleReplacementNeverNothing() {
        String privateUse = new String(Character.toChars(0x10FFFD));
        assertThat(Glyphs.visible("a" + privateUse + "b")).isEqualTo("a" + Glyphs.REPLACEMENT + "b");
        assertThat(Glyphs.visible("Grüße, Zoë, Łukasz")).isEqualTo("Grüße, Zoë, Łukasz");
    }
}
