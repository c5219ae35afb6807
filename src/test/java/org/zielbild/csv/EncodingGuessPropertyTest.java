package org.zielbild.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random participant lists (names and words of Western European languages, typographic
 * quotes and dashes) saved in each encoding we read: the detection names the encoding they were
 * saved in, and the text comes back unchanged.
 */
class EncodingGuessPropertyTest {

    private static final String[] WORDS = {
        "Jörg", "Müller", "Grüße", "Straße", "Qualität", "Änne", "Öztürk", "Übermut", "Björn", "Søren", "Åsa",
        "Zoë", "Noël", "François", "Hélène", "Gaëlle", "Renée", "José", "Muñoz", "Peña", "Inês", "Conceição",
        "Maître", "Schäfer", "Weiß", "Kühn", "Lübeck", "Façade", "Crème", "Çelik", "Ørsted", "Æsir", "Vertrieb",
        "Service", "Anna", "Ben", "Team", "Nord", "Süd", "Café", "Señor", "don’t", "„Zielbild“", "“Vision”", "–", "—",
        "Ideen…", "Kunden", "Anaïs", "Loïc", "Jürgen", "Käthe", "Dörte", "Göran", "Jesús", "Núñez", "Ángel"
    };

    @Test
    void windows1252AndMacRomanListsAreToldApart() throws Exception {
        Random random = new Random(20261206L);
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < 2_000; round++) {
            String text = list(random);
            boolean mac = random.nextBoolean();
            byte[] bytes = mac ? MacRomanBytes.of(text) : text.getBytes(Charset.forName("windows-1252"));
            TextFile file = TextFile.of("list.csv", bytes);
            TextEncoding expected = mac ? TextEncoding.MAC_ROMAN : TextEncoding.WINDOWS_1252;
            if (!text.chars().allMatch(c -> c < 0x80) && file.detected().encoding() != expected) {
                wrong.add(expected + ": " + text.replace('\n', '|'));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void unicodeListsAreReadBackUnchangedWithOrWithoutAMark() throws Exception {
        Random random = new Random(7L);
        for (int round = 0; round < 300; round++) {
            String text = list(random);
            for (TextEncoding e : List.of(TextEncoding.UTF_8, TextEncoding.UTF_16LE, TextEncoding.UTF_16BE)) {
                Charset charset = e == TextEncoding.UTF_8 ? StandardCharsets.UTF_8
                        : e == TextEncoding.UTF_16LE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
                boolean mark = random.nextBoolean() || e != TextEncoding.UTF_8 && text.length() < 4;
                byte[] markBytes = !mark ? new byte[0] : e == TextEncoding.UTF_8
                        ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : e == TextEncoding.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
                DecodedText read = TextFile.of("list.txt", TextFileDetectionTest.bytes(markBytes, text, charset)).detected();
                assertThat(read.encoding()).as("%s %s", e, text).isEqualTo(e);
                assertThat(read.byteOrderMark()).isEqualTo(mark);
                assertThat(read.text()).isEqualTo(text);
            }
        }
    }

    /** A few lines "name;team" or "name,team" of random words. */
    private static String list(Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "name;team\n" : "");
        int lines = 1 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            out.append(word(random)).append(' ').append(word(random)).append(';').append(word(random)).append('\n');
        }
        return out.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
