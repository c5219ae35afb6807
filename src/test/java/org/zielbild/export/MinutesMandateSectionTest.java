package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.CsvRenderer;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.export.sections.MinutesContext;
import org.zielbild.export.sections.MinutesSections;
import org.zielbild.export.sections.MinutesTexts;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.testing.MandateSamples;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.Sessions;

/**
 * The mandates and the day's actions in the minutes, on the sample day (Sales and Service with
 * mandates, Engineering without, statement S6 served by no team): per team its mandate, value,
 * readiness, statements, guidelines with behaviours and actions; the coverage naming S6 in words; the
 * day's list soonest first; removed statements, owners and teams readable and marked; every format.
 */
class MinutesMandateSectionTest {

    private static Session day(Language lang) {
        Session s = MandateSamples.day(lang);
        SessionInfo i = s.info();
        return s.withInfo(new SessionInfo(i.title(), MandateSamples.TODAY, i.place(), i.facilitator(), lang));
    }

    private static Minutes minutes(Session s) {
        return MinutesExport.standard((x, f) -> { }).minutes(new MinutesRequest(s, k -> true, Map.of(), TableOptions.DEFAULT,
                MinutesSample.ZONE, MinutesSample.EXPORTED));
    }

    private static MinutesPart part(Minutes m, String key) {
        return m.parts().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> texts(MinutesPart p) {
        List<String> out = new ArrayList<>();
        MinutesSectionsTest.collect(p, out);
        return out;
    }

    private static List<DataTable> tables(Session s) {
        return MinutesSections.standard().tables(new MinutesContext(s, new MinutesTexts(s.info().language(),
                MinutesSample.ZONE), MinutesSample.EXPORTED, Map.of()), TableOptions.DEFAULT);
    }

    @Test
    void eachTeamsMandateValueStatementsGuidelinesAndActionsAndTheUncoveredStatementInWords() {
        Session s = day(Language.EN);
        Minutes m = minutes(s);
        MinutesPart part = part(m, "mandates");
        assertThat(part.title()).isEqualTo("Team mandates");
        List<String> texts = texts(part);
        assertThat(texts).containsSubsequence("Sales", "We win customers who fit us and keep every promise we make while selling.",
                "Reliable revenue and customers who recommend us.", "4 of 4", "We listen first",
                "Every first call starts with questions: three open questions before we name a product",
                "Write a call guide with three open questions (first step: Collect ten good calls)", "Anna", "18 Dec 2026",
                "in progress", "Service", "Engineering", "not written yet");
        assertThat(texts).contains("Coverage of the carried statements",
                "One of the 4 carried statements is served by no team yet:");
        String uncovered = s.target().statement("st6").orElseThrow().text();
        assertThat(texts).contains(uncovered, "S6");
        // Service's undated action and overdue one: readiness says what is open, in words.
        assertThat(texts).anyMatch(t -> t.startsWith("3 of 4; still open: every action with owner and due date"));

        MinutesPart day = part(m, "actions");
        assertThat(m.parts().indexOf(day)).as("the day's list comes at the closing, after the mandates")
                .isGreaterThan(m.parts().indexOf(part));
        List<String> list = texts(day);
        assertThat(list).contains("4 actions, 0 done; one without owner or due date. Soonest first.");
        assertThat(list).containsSubsequence(
                "Show call-back times in the ticket system (first step: Change the ticket template)", "Service", "Ben",
                "1 Dec 2026 (overdue)", "open", "S5 " + s.target().statement("st5").orElseThrow().text(),
                "Write a call guide with three open questions (first step: Collect ten good calls)", "Sales", "Anna",
                "18 Dec 2026", "in progress",
                "Add a “promise” field to the CRM (first step: Talk to IT)", "Sales", "Dana", "15 Jan 2027",
                "Start a weekly review with examples", "Service", "Olga", "–");
    }

    @Test
    void removedStatementsOwnersAndTeamsStayReadableAndMarked() {
        Session s = day(Language.DE);
        String st1 = s.target().statement("st1").orElseThrow().text();
        s = new RemoveStatement("st1").apply(s);
        s = new RemoveParticipant("p0").apply(s);
        s = new RemoveTeam("t1").apply(s);
        s = AddAction.atEnd(new Action("a-day", null, "Protokoll an alle schicken", null, "", LocalDate.of(2026, 12, 8), "",
                ActionStatus.DONE, null, null)).apply(s);
        Minutes m = minutes(s);
        List<String> texts = texts(part(m, "mandates"));
        assertThat(texts).contains("entfernte Aussage: " + st1, "Service (entferntes Team)");
        List<String> list = texts(part(m, "actions"));
        assertThat(list).contains("Anna (ehemals Teilnehmende:r)", "ganze Sitzung", "08.12.2026", "erledigt",
                "Service (entferntes Team)");
        DataTable actions = tables(s).stream().filter(t -> t.name().equals("actions")).findFirst().orElseThrow();
        assertThat(actions.rows()).anySatisfy(r -> assertThat(r).containsExactly("Vertrieb",
                "Gesprächsleitfaden mit drei offenen Fragen schreiben", "Anna", "2026-12-18", "in_progress", "entfernt"));
    }

    @Test
    void everyFormatCarriesTheMandatesAndTheCsvTablesHoldThem() throws Exception {
        Session s = day(Language.EN);
        Minutes m = minutes(s);
        String md = new MarkdownRenderer().render(m);
        assertThat(md).contains("Team mandates", "We listen first", "Actions of the day", "18 Dec 2026");
        String html = new HtmlRenderer().render(m);
        assertThat(html).contains("Team mandates", "Coverage of the carried statements", "Add a “promise” field to the CRM");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(m, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Team mandates", "We listen first", "served by no team yet");
        }
        List<DataTable> tables = tables(s);
        DataTable actions = tables.stream().filter(t -> t.name().equals("actions")).findFirst().orElseThrow();
        assertThat(actions.rows()).hasSize(4).first().asList().containsExactly("Sales",
                "Write a call guide with three open questions", "Anna", "2026-12-18", "in_progress", "S1");
        DataTable mandates = tables.stream().filter(t -> t.name().equals("mandates")).findFirst().orElseThrow();
        assertThat(mandates.rows()).extracting(r -> r.get(0) + " " + r.get(4) + " " + r.get(8))
                .containsExactly("Sales S1; S3 4/4", "Service S5 3/4");
        ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
        new CsvRenderer().render(actions, csvOut);
        String csv = csvOut.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("team", "linked_statements", "Write a call guide with three open questions");
    }

    @Test
    void aSessionWithoutMandatesHasNeitherPartNorTables() {
        Session s = Sessions.templateDay(Language.EN);
        assertThat(minutes(s).parts()).extracting(MinutesPart::key).doesNotContain("mandates", "actions");
        assertThat(tables(s)).extracting(DataTable::name).doesNotContain("actions", "mandates");
    }

    @Test
    void theBlocksAreTablesAndListsTheRenderersKnow() {
        MinutesPart part = part(minutes(day(Language.EN)), "mandates");
        assertThat(part.blocks()).hasAtLeastOneElementOfType(Block.Table.class).hasAtLeastOneElementOfType(Block.Items.class)
                .hasAtLeastOneElementOfType(Block.Facts.class);
    }
}
