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
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Image;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.export.sections.MinutesContext;
import org.zielbild.export.sections.MinutesSections;
import org.zielbild.export.sections.MinutesTexts;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.PngBytes;
import org.zielbild.testing.Sessions;

/**
 * The target picture in the minutes: the picture's standing, the statements with their sources,
 * every round with its counts and margins, the reasons recorded when the gate was unmet, the poster;
 * in every format; no ballot, no name, nothing of a round the room never saw.
 */
class MinutesTargetSectionTest {

    private static Minutes minutes(Session s, Map<String, Image> images) {
        return MinutesExport.standard((x, f) -> { }).minutes(new MinutesRequest(s, k -> true, images, TableOptions.DEFAULT,
                MinutesSample.ZONE, MinutesSample.EXPORTED));
    }

    private static MinutesPart target(Minutes m) {
        return m.parts().stream().filter(p -> p.key().equals("target")).findFirst().orElseThrow();
    }

    private static List<String> texts(MinutesPart p) {
        List<String> out = new ArrayList<>();
        MinutesSectionsTest.collect(p, out);
        return out;
    }

    @Test
    void thePartSaysWhereThePictureStandsAndWhatEachRoundCounted() {
        Session s = MinutesSample.build(Language.EN);
        MinutesPart part = target(minutes(s, Map.of()));
        assertThat(part.title()).isEqualTo(s.agenda().stages().get(3).title());
        Block.Facts whole = (Block.Facts) part.blocks().get(0);
        assertThat(whole.facts()).extracting(f -> f.label() + ": " + f.value()).containsExactly(
                "The picture as a whole: needs rework",
                "Counted: two thirds (at least) of the votes cast (yes + no; abstentions do not count); round 2, "
                        + "ballots on the laptop, named",
                "I see a benefit: 4 yes, 3 no, 3 abstained or did not vote (5 yes needed)",
                "I find it attractive: 4 yes, 3 no, 3 abstained or did not vote (5 yes needed)",
                "Statements that carry: 2 of 3");
        List<String> texts = texts(part);
        // Statements in poster order with their sources; dots only where that board's vote was shown.
        assertThat(texts).contains("Invoices go out the day the work is done.", "S1 · by 2027 · carries",
                "S2 · needs rework · marked for rework", "cluster · Pains & Gains · 5 dots", "Waiting on hold");
        assertThat(texts).anyMatch(t -> t.startsWith("note · ") && !t.contains("dot"));
        // Round 1: exactly half is no majority, and the margin is named per question.
        assertThat(texts).contains("Round 1, 12:05, show of hands",
                "Counted: simple majority (more than half) of the 10 present",
                "needs rework; 2 more yes needed for “I find it attractive”; a large minority said no",
                "needs rework; 1 more yes needed for “I see a benefit”; a large minority said no",
                "S3 · in 1 year · carries");
        // Every round keeps the wording it rated: the reworded statement appears in both.
        assertThat(texts).contains("Everyone knows what the others work on.",
                "Every Monday at 9 each team tells the others in five minutes what it works on.");
        // The open round: its count only.
        assertThat(texts).contains("2 of 10 have voted; the results were not shown in the room and are left out.");
        assertThat(texts).contains("We ran out of time; the picture is voted on again on Friday.", "13:05, after round 2");
    }

    @Test
    void aRemovedNoteStaysReadableAsRemovedWithItsText() {
        Session s = new RemoveNotes(List.of("n-c2-0")).apply(MinutesSample.build(Language.DE));
        List<String> texts = texts(target(minutes(s, Map.of())));
        assertThat(texts).contains("Warteschleifen").anyMatch(t -> t.startsWith("gelöschte Notiz · "));
    }

    @Test
    void noBallotNoNameAndNoCountOfTheUnshownRound() {
        Session s = MinutesSample.build(Language.DE);
        List<String> texts = texts(target(minutes(s, Map.of())));
        for (String name : MinutesSample.PEOPLE) {
            assertThat(String.join("\n", texts)).as(name).doesNotContain(name.split(" ")[0]);
        }
        // Round 3 holds two ballots of "yes": they are not counted anywhere in the document.
        assertThat(texts).noneMatch(t -> t.contains("2 ja"));
        List<DataTable> tables = MinutesSections.standard().tables(new MinutesContext(s,
                new MinutesTexts(Language.DE, MinutesSample.ZONE), MinutesSample.EXPORTED, Map.of()), TableOptions.DEFAULT);
        DataTable rounds = tables.stream().filter(t -> t.name().equals("target_rounds")).findFirst().orElseThrow();
        List<String> open = rounds.rows().get(rounds.rows().size() - 1);
        assertThat(open.subList(0, 10)).containsExactly("3", open.get(1), "anonymous", "present", "10", "simple_majority",
                "no", "", "", "2");
        assertThat(open.subList(10, open.size())).allMatch(String::isEmpty);
        assertThat(String.join(";", rounds.rows().stream().flatMap(List::stream).toList())).doesNotContain("Anna", "Björn");
        DataTable statements = tables.stream().filter(t -> t.name().equals("statements")).findFirst().orElseThrow();
        assertThat(statements.rows()).extracting(r -> r.get(0) + " " + r.get(4) + " " + r.get(r.size() - 1))
                .containsExactly("S1 1 carries", "S2 1 needs_rework", "S3 2 carries");
    }

    @Test
    void everyDocumentFormatCarriesThePartAndThePoster() throws Exception {
        Session s = MinutesSample.build(Language.EN);
        String key = Image.posterKey(s.agenda().stages().get(3).id());
        Image poster = new Image(key, "Shared target picture", PngBytes.TINY, 1, 1);
        Minutes m = minutes(s, Map.of(key, poster));
        assertThat(target(m).blocks()).anyMatch(b -> b instanceof Block.Picture p && p.image() == poster);
        String md = new MarkdownRenderer().render(m);
        assertThat(md).contains("Statements that carry", "2 more yes needed for “I find it attractive”");
        String html = new HtmlRenderer().render(m);
        assertThat(html).contains("Statements that carry", "data:image/png;base64,");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(m, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Statements that carry", "We ran out of time; the picture is voted on again on Friday.");
        }
    }

    @Test
    void aSessionWithoutATargetPictureHasNoSuchPartNorTables() {
        Session s = Sessions.templateDay(Language.EN);
        assertThat(minutes(s, Map.of()).parts()).extracting(MinutesPart::key).doesNotContain("target");
        assertThat(MinutesSections.standard().tables(new MinutesContext(s, new MinutesTexts(Language.EN, MinutesSample.ZONE),
                MinutesSample.EXPORTED, Map.of()), TableOptions.DEFAULT)).extracting(DataTable::name)
                .doesNotContain("statements", "target_rounds");
    }
}
