package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Text measuring needs the toolkit, hence an FX test. */
@ExtendWith(ApplicationExtension.class)
class TextFitterFxTest {

    private final TextFitter fitter = new TextFitter(Font.getDefault().getFamily(), 190, 120);

    @Test
    void shortTextIsLargeAndLongTextSmallerButComplete() {
        TextFitter.Fitted small = fitter.fit("Too many meetings");
        assertThat(small.size()).isEqualTo(TextFitter.SIZES[0]);
        String longText = "word ".repeat(60).strip();
        TextFitter.Fitted big = fitter.fit(longText);
        assertThat(big.size()).isLessThan(small.size());
        assertThat(big.truncated()).isFalse();
        assertThat(String.join(" ", big.lines())).isEqualTo(longText);
    }

    @Test
    void aLongWordMakesTheTypeSmallerBeforeItIsBrokenAndLineBreaksAreKept() {
        TextFitter.Fitted f = fitter.fit("Kundenwünsche drängeln sich vor");
        assertThat(f.lines()).contains("Kundenwünsche");
        assertThat(fitter.fit("one\ntwo").lines()).containsExactly("one", "two");
    }

    @Test
    void fiveHundredCharactersStillShowWithAnEllipsisOnlyOnScreen() {
        TextFitter.Fitted f = fitter.fit("x".repeat(500));
        assertThat(f.size()).isEqualTo(TextFitter.SIZES[TextFitter.SIZES.length - 1]);
        if (f.truncated()) {
            assertThat(f.lines().get(f.lines().size() - 1)).endsWith("…");
        }
    }
}
