package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.RecordAssignmentRun;
import org.zielbild.domain.coaching.RemoveAssignmentRun;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.WithdrawCoachBallot;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.CsvRenderer;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.testing.MinutesSample;

/**
 * The coach round in the minutes: coaches in pitch order, questions, the groups and unused coaches,
 * every computation; never a ballot or a person's own rank in the document, the rank in the CSV
 * only when asked for.
 */
class CoachingMinutesTest {

    private static final MinutesExport EXPORT = MinutesExport.standard((x, f) -> { });

    private static MinutesPart part(Session s) {
        Minutes m = EXPORT.minutes(MinutesRequest.all(s, MinutesSample.ZONE, MinutesSample.EXPORTED));
        return m.parts().stream().filter(p -> p.key().equals("coaching")).findFirst().orElseThrow();
    }

    private static List<String> texts(MinutesPart p) {
        List<String> out = new ArrayList<>();
        MinutesSectionsTest.collect(p, out);
        return out;
    }

    private static Map<String, DataTable> tables(Session s, boolean ranks) {
        return EXPORT.tables(MinutesRequest.all(s, MinutesSample.ZONE, MinutesSample.EXPORTED)
                .withTables(new TableOptions(ranks))).stream()
                .collect(java.util.stream.Collectors.toMap(DataTable::name, t -> t));
    }

    @Test
    void thePartHasTheCoachesInPitchOrderTheQuestionsAndTheGroups() {
        MinutesPart p = part(MinutesSample.build(Language.EN));
        assertThat(p.title()).isEqualTo("Coach pitch and vote");
        Block.Table coaches = (Block.Table) p.blocks().get(1);
        assertThat(coaches.rows()).extracting(r -> r.get(1))
                .containsExactly("Yuki Tanaka", "Rosa Lindqvist", "Olu Adeyemi", "Tobias Krämer");
        assertThat(texts(p)).contains("The pitch order was drawn with seed 42.", "How often do we meet?",
                "asked by Björn Groß · answered", "Unused coach: Olu Adeyemi.",
                "Did not vote, placed in the places the voters left (2): Jörg Bär, Ilka Sommer.");
        Block.Table groups = p.blocks().stream().filter(b -> b instanceof Block.Table t && t.columns().size() == 3)
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertThat(groups.rows()).containsExactly(
                List.of("Rosa Lindqvist", "Anna Müller, Björn Groß, Çağla Yılmaz, Hanna Łukasiewicz, Jörg Bär", "5 of 5"),
                List.of("Tobias Krämer", "Dörte Schäfer, Emil Nüßlein, Ilka Sommer", "3 of 3"),
                List.of("Yuki Tanaka", "Fatma Öztürk, Gregor Weiß", "2 of 2"), List.of("Olu Adeyemi", "", "0 of 2"));
        Block.Distribution received = p.blocks().stream().filter(b -> b instanceof Block.Distribution)
                .map(b -> (Block.Distribution) b).findFirst().orElseThrow();
        assertThat(received.rows()).extracting(r -> r.label() + "=" + r.counts().get(0))
                .containsExactly("1st choice=5", "2nd choice=2", "a coach they had not ranked=1", "did not vote=2");
        Block.Table runs = (Block.Table) p.blocks().get(p.blocks().size() - 1);
        assertThat(runs.rows()).extracting(r -> r.get(3) + " | " + r.get(4)).containsExactly(
                "0 | 1st: 7 · 2nd: 1 · did not vote: 2", "1 | 1st: 5 · 2nd: 2 · not ranked: 1 · did not vote: 2");
    }

    @Test
    void theDocumentCannotTellAPersonsRankingOrRank() {
        Session s = MinutesSample.build(Language.DE);
        // Other ballots: the document reads none.
        Session otherBallots = s;
        for (CoachBallot b : s.coaching().ballots()) {
            List<String> reversed = new ArrayList<>(b.ranking());
            java.util.Collections.reverse(reversed);
            otherBallots = new CastCoachBallot(new CoachBallot(b.participantId(), reversed))
                    .apply(new WithdrawCoachBallot(b.participantId()).apply(otherBallots));
        }
        assertThat(part(otherBallots)).isEqualTo(part(s));
        // Two people of one group swap their ranks (1st and 2nd): the same counts, so the same document.
        AssignmentRun run = s.coaching().latestRun().orElseThrow();
        List<RunPlacement> swapped = new ArrayList<>(run.placements());
        swapped.set(0, withRank(swapped.get(0), 2));
        swapped.set(2, withRank(swapped.get(2), 1));
        AssignmentRun other = new AssignmentRun(run.id(), run.at(), run.policy(), run.seed(), run.coaches(), run.pins(),
                run.forbidden(), swapped);
        Session otherRanks = RecordAssignmentRun.latest(other).apply(new RemoveAssignmentRun(run.id()).apply(s));
        assertThat(part(otherRanks)).isEqualTo(part(s));
        // ...while the CSV asked for ranks tells them apart.
        assertThat(tables(otherRanks, true).get("coach-assignment")).isNotEqualTo(tables(s, true).get("coach-assignment"));
        assertThat(tables(otherRanks, false).get("coach-assignment")).isEqualTo(tables(s, false).get("coach-assignment"));
    }

    @Test
    void groupsShownAsCountsOnlyStayCountsInTheDocument() {
        Session s = MinutesSample.build(Language.EN);
        s = new SetCoachingPlan(new CoachingPlan(5, 3, 2, true)).apply(s);
        // Tables and sentences; the questions' "asked by" is what the wall showed in the question round.
        List<String> texts = new ArrayList<>();
        for (Block b : part(s).blocks()) {
            if (b instanceof Block.Table t) {
                t.rows().forEach(texts::addAll);
            } else if (b instanceof Block.Paragraph x) {
                texts.add(x.text());
            }
        }
        for (String person : MinutesSample.PEOPLE.subList(0, 8)) {
            assertThat(texts).as(person).noneMatch(t -> t.contains(person));
        }
        assertThat(texts).contains("Rosa Lindqvist", "5 of 5",
                "The room saw the groups as counts only; the names are in the CSV table coach-assignment.");
    }

    @Test
    void theAssignmentTableHasTheRankOnlyWhenAskedFor() throws Exception {
        Session s = MinutesSample.build(Language.EN);
        DataTable plain = tables(s, false).get("coach-assignment");
        assertThat(plain.header()).containsExactly("participant", "coach");
        assertThat(plain.rows()).hasSize(10).contains(List.of("Dörte Schäfer", "Tobias Krämer"));
        DataTable ranked = tables(s, true).get("coach-assignment");
        assertThat(ranked.rows()).contains(List.of("Dörte Schäfer", "Tobias Krämer", "2"),
                List.of("Hanna Łukasiewicz", "Rosa Lindqvist", ""), List.of("Ilka Sommer", "Tobias Krämer", ""));
        assertThat(tables(s, false).get("coach-runs").rows()).extracting(r -> r.get(5)).containsExactly("7;1", "5;2");
        DataTable questions = tables(s, false).get("coach-questions");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvRenderer().render(questions, csv);
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("'=HYPERLINK");
    }

    @Test
    void everyRendererShowsThePart() throws Exception {
        Minutes m = EXPORT.minutes(MinutesRequest.all(MinutesSample.build(Language.DE), MinutesSample.ZONE,
                MinutesSample.EXPORTED));
        assertThat(new MarkdownRenderer().render(m)).contains("Coach-Pitch und Wahl", "Olu Adeyemi", "Erhaltene Wahl");
        assertThat(new HtmlRenderer().render(m)).contains("Coach-Pitch und Wahl", "Olu Adeyemi", "1. Wahl");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRenderer().render(m, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Coach-Pitch und Wahl", "Rosa Lindqvist", "Tobias Krämer");
        }
    }

    @Test
    void aSessionWithoutACoachRoundHasNoCoachPartAndNoCoachTables() {
        Session s = org.zielbild.testing.Sessions.templateDay(Language.EN);
        assertThat(EXPORT.parts(MinutesRequest.all(s, MinutesSample.ZONE, MinutesSample.EXPORTED)))
                .extracting(MinutesPart::key).doesNotContain("coaching");
        assertThat(tables(s, true).keySet()).noneMatch(name -> name.startsWith("coach"));
    }

    private static RunPlacement withRank(RunPlacement p, int rank) {
        return new RunPlacement(p.participantId(), p.participantName(), p.coachId(), p.coachName(), rank, p.kind(),
                p.pinned());
    }
}
