package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.testing.MinutesSample;

/** The PDF's own text, read back with PDFBox: real text, umlauts, everyone, the script note as text. */
class PdfMinutesTest {

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(MinutesGoldenTest.sample(Language.DE), out);
        pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theTextIsRealTextWithUmlautsAndSharpS() {
        assertThat(text).contains("Zielbild Kundenservice 2027", "Teilnehmende", "Köln, Raum „Rhein“", "Jürgen Weiß",
                "Größe, Maß", "Begrüßung", "pünktlich");
    }

    @Test
    void everyParticipantIsThere() {
        for (String name : MinutesSample.PEOPLE) {
            assertThat(text).as(name).contains(name);
        }
    }

    @Test
    void theScriptNoteIsPrintedAsText() {
        assertThat(text).contains(MinutesSample.SCRIPT_NOTE, "# Not a heading", "[click me](http://evil.example)");
    }

    @Test
    void whatTheFontsLackIsMarkedNotDropped() {
        // The coffee cup is in DejaVu Sans, the party popper in Noto Emoji; the Chinese characters in neither.
        assertThat(text).contains("Kaffee ☕ und \uD83C\uDF89 für alle", "\uFFFD\uFFFD und Ümläute")
                .contains("erscheinen als \uFFFD");
    }

    @Test
    void emojiAreDrawnWithTheEmbeddedEmojiFont() throws IOException {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.contains("NotoEmoji")).anyMatch(f -> f.contains("DejaVuSans"));
    }

    @Test
    void theFontIsEmbeddedAndThePagesAreNumbered() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Zielbild Kundenservice 2027");
        }
        assertThat(text).contains("1 / ");
    }
}
