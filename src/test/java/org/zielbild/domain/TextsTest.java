package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

    /** The normaliser, as identityKey used it for every text before the shortcut. */
    private static String reference(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Test
    void theShortcutSkipsTheNormaliserOnlyWhereItChangesNothing() {
        StringBuilder stable = new StringBuilder();
        for (char c = 0; c <= 0xFF; c++) {
            String one = String.valueOf(c);
            if (Texts.nfkcStable(one)) {
                stable.append(c);
                assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", (int) c).isEqualTo(one);
            }
        }
        assertThat(stable.length()).as("ASCII and the Latin-1 letters").isEqualTo(128 + 64);
        for (int i = 0; i < stable.length(); i++) {
            for (int j = 0; j < stable.length(); j++) {
                String pair = "" + stable.charAt(i) + stable.charAt(j);
                assertThat(Normalizer.normalize(pair, Normalizer.Form.NFKC)).as("U+%04X U+%04X", (int) pair.charAt(0),
                        (int) pair.charAt(1)).isEqualTo(pair);
            }
        }
        for (int i = 0; i < stable.length(); i++) {
            String one = stable.substring(i, i + 1);
            assertThat(one.toLowerCase(Locale.ROOT)).as("U+%04X lower-cases to one char", (int) one.charAt(0))
                    .isEqualTo(String.valueOf(Character.toLowerCase(one.charAt(0))));
        }
        // Latin-1 signs with compatibility mappings still go through the normaliser.
        assertThat(Texts.identityKey("ª²½µ")).isEqualTo("a21⁄2μ");
        assertThat(Texts.identityKey("ﬁle")).isEqualTo("file");
    }

    @Test
    void identityKeysAreTheNormalisersForRandomText() {
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        String alphabet = "aAzZ09 -'.ÄäÖöÜüßÉéÇçØøÆæÿ×÷ªº²µ½\u00A0\u0301\u0308\u0130\u0131ſΣσς\uFB01\u212A\u2126Ⅻ①ｶ";
        String previous = "";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Texts.identityKey(s)).as("seed %d: \"%s\"", seed, s).isEqualTo(reference(s));
            // Against itself in other case, against the previous text, and against a near miss.
            for (String other : List.of(s.toUpperCase(Locale.ROOT), previous, s + "x", s.isEmpty() ? "" : s.substring(1))) {
                assertThat(Texts.hasIdentityKey(s, reference(other))).as("seed %d: \"%s\" vs \"%s\"", seed, s, other)
                        .isEqualTo(reference(s).equals(reference(other)));
            }
            previous = s;
        }
    }
}
