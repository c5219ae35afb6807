package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.Sessions;

/** How the sections make the minutes: the order of the day, parts left out, no names where none belong. */
class MinutesSectionsTest {

    private static Minutes minutes(Session s) {
        return MinutesExport.standard((x, f) -> { })
                .minutes(MinutesRequest.all(s, MinutesSample.ZONE, MinutesSample.EXPORTED));
    }

    private static List<String> keys(Session s) {
        return minutes(s).parts().stream().map(MinutesPart::key).toList();
    }

    @Test
    void partsFollowTheOrderOfTheDay() {
        Session s = MinutesSample.build(Language.EN);
        List<String> stages = s.agenda().stages().stream().map(st -> st.id()).toList();
        assertThat(keys(s)).containsExactly("participants", "agenda", "moods", "boards:" + stages.get(1),
                "boards:" + stages.get(2), "target", "coaching", "boards:" + stages.get(6));
        // Closing moved before the customer stage: its board (and the check-out) follow it.
        Session moved = new MoveStage(stages.get(6), 2).apply(s);
        assertThat(keys(moved)).containsExactly("participants", "agenda", "moods", "boards:" + stages.get(1),
                "boards:" + stages.get(6), "boards:" + stages.get(2), "target", "coaching");
    }

    @Test
    void partsCanBeLeftOut() {
        Session s = MinutesSample.build(Language.EN);
        Minutes m = MinutesExport.standard((x, f) -> { }).minutes(new MinutesRequest(s,
                k -> !k.startsWith("boards:") && !k.equals("target") && !k.equals("coaching"), java.util.Map.of(),
                org.zielbild.export.sections.TableOptions.DEFAULT, MinutesSample.ZONE, MinutesSample.EXPORTED));
        assertThat(m.parts()).extracting(MinutesPart::key).containsExactly("participants", "agenda", "moods");
    }

    @Test
    void noNameAppearsOutsideTheListOfParticipants() {
        // The check-out is a named round, every dot is a named ballot, two next steps have authors:
        // none of it may tie a person to a mood, a dot or a note in the document. The coach round's
        // groups are announced by name, so that part has its own checks (CoachingMinutesTest).
        Minutes m = minutes(MinutesSample.build(Language.DE));
        List<String> texts = new ArrayList<>();
        m.parts().stream().filter(p -> !p.key().equals("participants") && !p.key().equals("coaching"))
                .forEach(p -> collect(p, texts));
        for (String name : MinutesSample.PEOPLE) {
            String first = name.split(" ")[0];
            assertThat(texts).as(name).noneMatch(t -> t.contains(first));
        }
    }

    @Test
    void aSessionWithNoDataGivesAShortValidDocumentInEveryFormat() throws Exception {
        Session empty = Sessions.empty();
        Minutes m = minutes(empty);
        assertThat(m.parts()).isEmpty();
        String html = new HtmlRenderer().render(m);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(
                html.replace("<!DOCTYPE html>", ""))));
        assertThat(html).contains("Nothing has been recorded in this session yet.");
        assertThat(new MarkdownRenderer().render(m)).startsWith("# Empty\n").contains("Nothing has been recorded");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(m, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Empty", "Nothing has been recorded");
        }
    }

    @Test
    void theTemplateDayBeforeItStartsHasItsAgendaOnly() {
        Minutes m = minutes(Sessions.templateDay(Language.DE));
        assertThat(m.parts()).extracting(MinutesPart::key).containsExactly("agenda");
        assertThat(((Block.Paragraph) m.parts().get(0).blocks().get(0)).text()).contains("noch nicht begonnen");
    }

    @Test
    void theHtmlIsWellFormedAndHasNoScriptOrExternalAsset() throws Exception {
        String html = new HtmlRenderer().render(minutes(MinutesSample.build(Language.EN)));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(
                html.replace("<!DOCTYPE html>", ""))));
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    static void collect(MinutesPart p, List<String> out) {
        out.add(p.title());
        for (Block b : p.blocks()) {
            if (b instanceof Block.Paragraph x) {
                out.add(x.text());
            } else if (b instanceof Block.Heading x) {
                out.add(x.text());
            } else if (b instanceof Block.Facts x) {
                x.facts().forEach(f -> out.addAll(List.of(f.label(), f.value())));
            } else if (b instanceof Block.Table x) {
                x.rows().forEach(out::addAll);
            } else if (b instanceof Block.Items x) {
                items(x.items(), out);
            } else if (b instanceof Block.Distribution x) {
                x.rows().forEach(r -> out.add(r.label()));
                x.summary().forEach(r -> out.addAll(r.values()));
            }
        }
    }

    private static void items(List<Block.Item> items, List<String> out) {
        for (Block.Item i : items) {
            out.add(i.text());
            out.add(i.meta());
            items(i.children(), out);
        }
    }
}
