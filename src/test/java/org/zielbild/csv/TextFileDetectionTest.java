package org.zielbild.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files as people really save them (issue 17, case 9) read to the same rows by the app's
 * imports ({@link CsvLines}) and the command line ({@link CsvTable}): the encoding from the mark or
 * the bytes, the line ends, the delimiter.
 */
class TextFileDetectionTest {

    @TempDir
    Path dir;

    /** Excel's "Unicode Text": UTF-16 LE with a byte-order mark, tabs, CR LF. */
    private static final String UNICODE_TEXT = "name\tteam\r\nJörg Müller\tVertrieb\r\n\"Wei, Zoë\"\tService\r\n";
    private static final List<List<String>> PEOPLE = List.of(List.of("Jörg Müller", "Vertrieb"),
            List.of("Wei, Zoë", "Service"));

    @Test
    void excelUnicodeTextIsUtf16WithTabsAndReadsAsNamesAndTeams() throws Exception {
        Path file = write("people.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, UNICODE_TEXT, StandardCharsets.UTF_16LE));
        DecodedText text = TextFile.read(file).detected();
        assertThat(text.encoding()).isEqualTo(TextEncoding.UTF_16LE);
        assertThat(text.byteOrderMark()).isTrue();
        assertThat(text.delimiter()).isEqualTo('\t');
        assertThat(text.lineEnds()).isEqualTo(LineEnds.CRLF);
        assertThat(text.text()).startsWith("name\tteam\nJörg").doesNotContain("\r", "\uFEFF");
        assertThat(appRows(file)).isEqualTo(PEOPLE);
        assertThat(cliRows(file)).isEqualTo(PEOPLE);
    }

    @Test
    void utf16BigEndianWithAMarkAndLittleEndianWithout() throws Exception {
        Path big = write("big.txt", bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, UNICODE_TEXT, StandardCharsets.UTF_16BE));
        Path little = write("little.txt", bytes(new byte[0], UNICODE_TEXT, StandardCharsets.UTF_16LE));
        assertThat(TextFile.read(big).detected().encoding()).isEqualTo(TextEncoding.UTF_16BE);
        assertThat(TextFile.read(little).detected().encoding()).isEqualTo(TextEncoding.UTF_16LE);
        assertThat(TextFile.read(little).detected().byteOrderMark()).isFalse();
        for (Path file : List.of(big, little)) {
            assertThat(appRows(file)).isEqualTo(PEOPLE);
            assertThat(cliRows(file)).isEqualTo(PEOPLE);
        }
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() throws Exception {
        Path file = write("bom.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name,team\nJörg Müller,Vertrieb\n\"Wei, Zoë\",Service\n", StandardCharsets.UTF_8));
        DecodedText text = TextFile.read(file).detected();
        assertThat(text.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(text.byteOrderMark()).isTrue();
        assertThat(text.lineEnds()).isEqualTo(LineEnds.LF);
        assertThat(text.text()).startsWith("name,");
        assertThat(appRows(file)).isEqualTo(PEOPLE);
        assertThat(cliRows(file)).isEqualTo(PEOPLE);
    }

    /** Excel for Mac's "CSV": Mac OS Roman, semicolons in German, and CR alone at the end of each line. */
    @Test
    void macRomanWithCrOnlyLineEndsReadsUmlautsAndEveryLine() throws Exception {
        String table = "name;team\rJörg Müller;Vertrieb\r\"Wei, Zoë\";Service\rÄnne Größe;Qualität\r";
        Path file = write("mac.csv", MacRomanBytes.of(table));
        DecodedText text = TextFile.read(file).detected();
        assertThat(text.encoding()).isEqualTo(TextEncoding.MAC_ROMAN);
        assertThat(text.lineEnds()).isEqualTo(LineEnds.CR);
        assertThat(text.delimiter()).isEqualTo(';');
        List<List<String>> expected = new ArrayList<>(PEOPLE);
        expected.add(List.of("Änne Größe", "Qualität"));
        assertThat(appRows(file)).isEqualTo(expected);
        assertThat(cliRows(file)).isEqualTo(expected);
    }

    @Test
    void windows1252WithSemicolonsAndCrLf() throws Exception {
        Path file = write("win.csv", "Name;Team\r\nJörg Müller;Vertrieb\r\n\"Wei, Zoë\";Service\r\n"
                .getBytes(Charset.forName("windows-1252")));
        DecodedText text = TextFile.read(file).detected();
        assertThat(text.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(text.byteOrderMark()).isFalse();
        assertThat(appRows(file)).isEqualTo(PEOPLE);
        assertThat(cliRows(file)).isEqualTo(PEOPLE);
    }

    @Test
    void theSameBytesReadInAnotherEncodingChangeAndCountWhatDoesNotDecode() throws Exception {
        TextFile file = TextFile.of("mac.csv", MacRomanBytes.of("name\rJörg\rGrüße\r"));
        assertThat(file.detected().text()).isEqualTo("name\nJörg\nGrüße\n");
        DecodedText windows = file.as(TextEncoding.WINDOWS_1252);
        assertThat(windows.text()).isEqualTo("name\nJšrg\nGrŸ§e\n");
        assertThat(windows.unreadable()).isZero();
        DecodedText utf8 = file.as(TextEncoding.UTF_8);
        assertThat(utf8.unreadable()).isEqualTo(3);
        assertThat(utf8.text()).contains("J\uFFFDrg");
        assertThat(file.as(TextEncoding.MAC_ROMAN)).isSameAs(file.detected());
    }

    @Test
    void aMarkOfAnotherEncodingIsKeptAsCharacters() throws Exception {
        TextFile file = TextFile.of("people.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "name", StandardCharsets.UTF_16LE));
        assertThat(file.as(TextEncoding.WINDOWS_1252).text()).startsWith("ÿþn");
        assertThat(file.as(TextEncoding.UTF_16LE).text()).isEqualTo("name");
    }

    @Test
    void theDelimiterComesFromTheFirstLineOutsideQuotes() {
        assertThat(SpreadsheetText.delimiter("name\tteam\nMüller, Anna\tSales")).isEqualTo('\t');
        assertThat(SpreadsheetText.delimiter("Müller, Anna\tSales")).as("a tab wins a tie: commas are common in cells")
                .isEqualTo('\t');
        assertThat(SpreadsheetText.delimiter("a;b;c,d")).isEqualTo(';');
        assertThat(SpreadsheetText.delimiter("a;b,c")).as("a tie of commas and semicolons: comma").isEqualTo(',');
        assertThat(SpreadsheetText.delimiter("\"a;b;c\",d")).as("quoted semicolons do not count").isEqualTo(',');
        assertThat(SpreadsheetText.delimiter("\n\n\tteam\nAnn\tSales")).as("blank lines first; an empty first cell")
                .isEqualTo('\t');
        assertThat(SpreadsheetText.delimiter("Anna")).isEqualTo(',');
    }

    @Test
    void lineEndsAreNamedAndMadeLf() {
        assertThat(LineEnds.of("a\r\nb\r\n")).isEqualTo(LineEnds.CRLF);
        assertThat(LineEnds.of("a\rb\r")).isEqualTo(LineEnds.CR);
        assertThat(LineEnds.of("a\nb")).isEqualTo(LineEnds.LF);
        assertThat(LineEnds.of("a\nb\r\nc")).isEqualTo(LineEnds.MIXED);
        assertThat(LineEnds.of("a")).isEqualTo(LineEnds.NONE);
        assertThat(LineEnds.normalize("a\rb\r\nc\n")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void ourMacRomanTableIsTheJdks() {
        Charset jdk;
        try {
            jdk = Charset.forName("x-MacRoman");
        } catch (RuntimeException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "this JDK has no x-MacRoman");
            return;
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        assertThat(TextEncoding.MAC_ROMAN.decode(all)).isEqualTo(new String(all, jdk));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] bytes(byte[] mark, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mark);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    /** The rows an import in the app reads (the header skipped), cells cleaned as typed text is. */
    private static List<List<String>> appRows(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CsvLines.records(SpreadsheetText.read(file), "name"::equals, problems,
                (line, fields) -> rows.add(fields.stream().map(org.zielbild.domain.Texts::singleLine).toList()));
        assertThat(problems).isEmpty();
        return rows;
    }

    /** The rows the command line reads below the header. */
    private static List<List<String>> cliRows(Path file) throws CsvException {
        CsvTable table = CsvTable.read(file);
        assertThat(table.header()).containsExactly("name", "team");
        return table.rows().stream().map(CsvTable.Row::cells).toList();
    }
}
