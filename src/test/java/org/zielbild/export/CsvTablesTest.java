package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.export.tables.ActionsTable;
import org.zielbild.export.tables.CoachAssignmentTable;
import org.zielbild.export.tables.StatementsTable;
import org.zielbild.testing.MinutesSample;

/** The CSV tables written to a folder and parsed back with Commons CSV. */
class CsvTablesTest {

    @TempDir
    Path dir;

    private List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // UTF-8 with BOM, for Excel
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\r\n");
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    private List<Path> export(Session s) throws ExportException {
        return MinutesExport.standard((x, f) -> { }).write(ExportFormat.CSV,
                MinutesRequest.all(s, MinutesSample.ZONE, MinutesSample.EXPORTED), dir.resolve("tables"));
    }

    @Test
    void notesAndMoodsAreWrittenWithTheirData() throws Exception {
        List<Path> files = export(MinutesSample.build(Language.DE));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("moods.csv", "notes.csv", "statements.csv",
                "target_rounds.csv", "coaches.csv", "coach-questions.csv", "coach-runs.csv", "coach-assignment.csv");
        List<CSVRecord> notes = read(dir.resolve("tables/notes.csv"));
        assertThat(notes).hasSize(22 + 3 + 1 + 2);
        Map<String, CSVRecord> byText = notes.stream().collect(Collectors.toMap(r -> r.get("text"), r -> r));
        CSVRecord invoices = byText.get("Rechnungen dauern zu lange");
        assertThat(invoices.get("board")).isEqualTo("Pains & Gains");
        assertThat(invoices.get("area")).isEqualTo("Pains");
        assertThat(invoices.get("cluster")).isEqualTo("Prozesse");
        assertThat(invoices.get("team")).isEqualTo("Vertrieb");
        assertThat(invoices.get("dots")).isEqualTo("3");
        assertThat(byText.get("Rechnungsprozess bis März vereinfachen").get("author")).isEqualTo("Anna Müller");
        // A vote the room never saw: no dots in the table either.
        assertThat(byText.get("Teuer, aber gut").get("dots")).isEmpty();
        assertThat(byText).containsKey(MinutesSample.SCRIPT_NOTE).containsKey("Zeile eins\nZeile zwei")
                .containsKey("中文 und Ümläute: Größe, Maß");
        List<CSVRecord> moods = read(dir.resolve("tables/moods.csv"));
        assertThat(moods).extracting(r -> r.get("round")).containsExactly("check-in", "check-out");
        assertThat(moods.get(0).get("mean")).isEqualTo("2.60");
        assertThat(moods.get(1).get("score_4")).isEqualTo("5");
        assertThat(moods.get(1).get("anonymous")).isEqualTo("no");
        List<CSVRecord> statements = read(dir.resolve("tables/statements.csv"));
        assertThat(statements).extracting(r -> r.get("ref")).containsExactly("S1", "S2", "S3");
        assertThat(statements.get(2).get("benefit_yes")).isEqualTo("7");
        assertThat(statements.get(2).get("counting_base")).isEqualTo("8");
        assertThat(statements.get(0).get("sources")).isEqualTo("Pains & Gains: Prozesse");
        List<CSVRecord> rounds = read(dir.resolve("tables/target_rounds.csv"));
        assertThat(rounds).extracting(r -> r.get("round") + " " + r.get("item") + " " + r.get("result"))
                .containsExactly("1 S1 carries", "1 S2 needs rework", "1 S3 needs rework", "1 picture needs rework",
                        "2 S3 carries", "2 picture needs rework", "3  ");
    }

    @Test
    void formulasAreNeutralisedAsOwaspAdvises() throws Exception {
        export(MinutesSample.build(Language.EN));
        List<String> texts = read(dir.resolve("tables/notes.csv")).stream().map(r -> r.get("text")).toList();
        assertThat(texts).contains("'=SUM(A1:A9)", "'@import", "'+49 221 123456", "'- not a list either", "'---")
                .doesNotContain("=SUM(A1:A9)");
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@"));
    }

    @Test
    void aSessionWithoutNotesOrMoodsWritesNoTableAndAnEmptyFolder() throws Exception {
        assertThat(export(org.zielbild.testing.Sessions.empty())).isEmpty();
        assertThat(dir.resolve("tables")).isEmptyDirectory();
    }

    @Test
    void theCoachTableHasRanksOnlyWhenAskedFor() {
        List<CoachAssignmentTable.Placement> placements = List.of(new CoachAssignmentTable.Placement("Anna", "Bernd", 1),
                new CoachAssignmentTable.Placement("Ben", "Chiara", 0));
        DataTable plain = CoachAssignmentTable.of(placements, TableOptions.DEFAULT.includeIndividualRanks());
        assertThat(plain.header()).containsExactly("participant", "coach");
        assertThat(plain.rows()).containsExactly(List.of("Anna", "Bernd"), List.of("Ben", "Chiara"));
        DataTable ranked = CoachAssignmentTable.of(placements, true);
        assertThat(ranked.header()).containsExactly("participant", "coach", "rank");
        assertThat(ranked.rows()).containsExactly(List.of("Anna", "Bernd", "1"), List.of("Ben", "Chiara", ""));
    }

    @Test
    void actionsAndStatementsHaveTheirColumns() {
        DataTable actions = ActionsTable.of(List.of(new ActionsTable.Action("Service", "Simplify invoicing", "Anna",
                java.time.LocalDate.of(2027, 3, 31), "open", List.of("S1", "S3"))));
        assertThat(actions.rows()).containsExactly(List.of("Service", "Simplify invoicing", "Anna", "2027-03-31", "open",
                "S1; S3"));
        DataTable statements = StatementsTable.of(List.of(new StatementsTable.Statement("S1", "We answer within a day",
                "in 2 years", "Customers", 2, 23, 17, 3, 12, 6, "> 50 %", "needs rework"),
                new StatementsTable.Statement("S2", "Not rated yet", "", "", 0, null, null, null, null, null, "", "not rated")));
        assertThat(statements.rows().get(0)).containsExactly("S1", "We answer within a day", "in 2 years", "Customers", "2",
                "23", "17", "3", "12", "6", "> 50 %", "needs rework");
        assertThat(statements.rows().get(1)).containsExactly("S2", "Not rated yet", "", "", "0", "", "", "", "", "", "",
                "not rated");
    }
}
