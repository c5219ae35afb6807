package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void singleLineTrimsCollapsesAndDropsInvisibleCharacters() {
        assertThat(Texts.singleLine("  Anna \t\n  Maria\u200B ")).isEqualTo("Anna Maria");
        assertThat(Texts.singleLine("\u202EevilRTL")).isEqualTo("evilRTL");
        assertThat(Texts.singleLine(null)).isEmpty();
        assertThat(Texts.singleLine(" \u00A0 ")).isEmpty();
    }

    @Test
    void composedAndDecomposedUmlautsBecomeTheSameText() {
        String decomposed = "Mu\u0308ller";
        assertThat(Texts.singleLine(decomposed)).isEqualTo("Müller");
        assertThat(Texts.identityKey(Texts.singleLine(decomposed))).isEqualTo(Texts.identityKey("MÜLLER"));
    }

    @Test
    void emojiSequencesSurviveCleaning() {
        String family = "👩\u200D👩\u200D👧";
        assertThat(Texts.singleLine(family)).isEqualTo(family);
        assertThat(Texts.length("😀ab")).isEqualTo(3);
    }

    @Test
    void multiLineKeepsLineBreaksButCleansEachLine() {
        assertThat(Texts.multiLine("a  b\r\n\tc\rd\n")).isEqualTo("a b\nc\nd");
    }
}
