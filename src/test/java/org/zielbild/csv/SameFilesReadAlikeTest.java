package org.zielbild.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Texts;

/**
 * The command line ({@link CsvTable}, all or nothing) and the app's imports ({@link CsvLines},
 * line by line) read the same spreadsheet files the same way: encoding, byte-order mark,
 * delimiter, quotes and cell text.
 */
class SameFilesReadAlikeTest {

    @TempDir
    Path dir;

    private static final String TABLE = "Participant;Team;Note\r\n"
            + "Jörg Müller;Vertrieb;\"a; b\"\r\n"
            + "\"O'Brien \"\"Max\"\"\";  Service  ;Grüße\r\n"
            + "Zoë;;\r\n";

    @Test
    void utf8WithAByteOrderMarkWindows1252AndPlainUtf8GiveTheSameRows() throws Exception {
        byte[] utf8 = TABLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] excel = TABLE.getBytes(Charset.forName("windows-1252"));
        List<List<String>> expected = List.of(List.of("participant", "team", "note"),
                List.of("Jörg Müller", "Vertrieb", "a; b"), List.of("O'Brien \"Max\"", "Service", "Grüße"),
                List.of("Zoë", "", ""));
        for (byte[] bytes : List.of(utf8, bom, excel)) {
            Path file = Files.write(dir.resolve("people-" + bytes.length + ".csv"), bytes);
            assertThat(cli(file)).isEqualTo(expected);
            assertThat(app(file)).isEqualTo(expected);
        }
    }

    @Test
    void commasWhenTheFirstLineHasMoreCommasThanSemicolons() throws Exception {
        Path file = Files.writeString(dir.resolve("coaches.csv"), "coach,capacity\n\"Kim; the elder\",3\nLea,2\n");
        List<List<String>> expected = List.of(List.of("coach", "capacity"), List.of("Kim; the elder", "3"), List.of("Lea", "2"));
        assertThat(cli(file)).isEqualTo(expected);
        assertThat(app(file)).isEqualTo(expected);
    }

    @Test
    void aBrokenQuoteEndsTheTableButCostsTheImportOnlyItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.csv"), "name,team\nAnn,Sales\n\"Ben,Service\nCem,Sales\n");
        assertThatThrownBy(() -> CsvTable.read(file)).isInstanceOf(CsvException.class)
                .hasMessageContaining("broken.csv, line 3: a quoted field is never closed");
        List<ImportProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CsvLines.records(SpreadsheetText.read(file), "name"::equals, problems, (line, fields) -> names.add(fields.get(0)));
        assertThat(names).containsExactly("Ann", "Cem");
        assertThat(problems).extracting(ImportProblem::line).containsExactly(3);
    }

    /** What the command line reads: the header (lower case) and the rows. */
    private static List<List<String>> cli(Path file) throws CsvException {
        CsvTable table = CsvTable.read(file);
        List<List<String>> out = new ArrayList<>();
        out.add(table.header());
        table.rows().forEach(r -> out.add(r.cells()));
        return out;
    }

    /** What an import in the app reads, its cells cleaned as every typed text is, the header in lower case. */
    private static List<List<String>> app(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CsvLines.records(SpreadsheetText.read(file), h -> false, problems,
                (line, fields) -> out.add(fields.stream().map(Texts::singleLine).toList()));
        assertThat(problems).isEmpty();
        out.set(0, out.get(0).stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList());
        return out;
    }
}
