package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.testing.MinutesSample;

/**
 * The Markdown minutes parsed back with CommonMark and GFM tables: user text never becomes a
 * heading, link, image, code, quote, list, rule, table or raw HTML; it reads back as typed.
 */
class MarkdownStaysLiteralTest {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Test
    void theSampleHasOnlyTheStructureTheRendererWrote() {
        Minutes m = MinutesGoldenTest.sample(Language.EN);
        Node doc = PARSER.parse(new MarkdownRenderer().render(m));
        Counts c = count(doc);
        int subheadings = (int) m.parts().stream().flatMap(p -> p.blocks().stream()).filter(b -> b instanceof Block.Heading).count();
        int tables = (int) m.parts().stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof Block.Table || b instanceof Block.Distribution).count();
        assertThat(c.headings).isEqualTo(1 + m.parts().size() + subheadings);
        assertThat(c.tables).isEqualTo(tables);
        assertThat(c.forbidden).isEmpty();
        assertThat(c.breaks).isEqualTo(1); // the rule before the footer
    }

    @Test
    void everyTrickyNoteReadsBackAsTyped() {
        Node doc = PARSER.parse(new MarkdownRenderer().render(MinutesGoldenTest.sample(Language.EN)));
        List<String> items = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                items.add(text(item.getFirstChild()));
                super.visit(item);
            }
        });
        for (String note : MinutesSample.TRICKY_NOTES) {
            String expected = note.replace("\n", "\n");
            assertThat(items).as(note).anySatisfy(i -> assertThat(i).startsWith(expected));
        }
    }

    @Test
    void randomPunctuationStaysLiteral() {
        Random random = new Random(14);
        String alphabet = "#*_[]()<>!`|~&=+-.:;\\/'\"{}^%$@ 1a\n";
        for (int run = 0; run < 300; run++) {
            StringBuilder s = new StringBuilder("x");
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = org.zielbild.domain.Texts.multiLine(s.toString().substring(random.nextInt(2)));
            if (raw.isEmpty()) {
                continue;
            }
            Minutes m = new Minutes(java.util.Locale.ENGLISH, "T", List.of(), List.of(new MinutesPart("p", "P",
                    List.of(new Block.Paragraph(raw, false), new Block.Items(List.of(new Block.Item(raw, raw)))))), "");
            Node doc = PARSER.parse(new MarkdownRenderer().render(m));
            Counts c = count(doc);
            assertThat(c.forbidden).as("%s", raw).isEmpty();
            assertThat(c.headings).as("%s", raw).isEqualTo(2);
            String flat = raw.lines().filter(l -> !l.isBlank()).map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
            List<String> items = new ArrayList<>();
            doc.accept(new AbstractVisitor() {
                @Override
                public void visit(ListItem item) {
                    items.add(text(item.getFirstChild()));
                }
            });
            assertThat(items).as("%s", raw).hasSize(1);
            assertThat(items.get(0)).as("%s", raw).startsWith(flat);
        }
    }

    private static final class Counts {
        int headings;
        int tables;
        int breaks;
        List<String> forbidden = new ArrayList<>();
    }

    private static Counts count(Node doc) {
        Counts c = new Counts();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                c.headings++;
                super.visit(h);
            }

            @Override
            public void visit(ThematicBreak t) {
                c.breaks++;
            }

            @Override
            public void visit(HtmlInline h) {
                c.forbidden.add("html " + h.getLiteral());
            }

            @Override
            public void visit(HtmlBlock h) {
                c.forbidden.add("html block " + h.getLiteral());
            }

            @Override
            public void visit(Link l) {
                c.forbidden.add("link " + l.getDestination());
            }

            @Override
            public void visit(Image i) {
                c.forbidden.add("image " + i.getDestination());
            }

            @Override
            public void visit(Code code) {
                c.forbidden.add("code " + code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock code) {
                c.forbidden.add("fenced code");
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                c.forbidden.add("indented code");
            }

            @Override
            public void visit(BlockQuote q) {
                c.forbidden.add("quote");
            }

            @Override
            public void visit(OrderedList l) {
                c.forbidden.add("ordered list");
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock b) {
                if (b instanceof TableBlock) {
                    c.tables++;
                }
                super.visit(b);
            }
        });
        return c;
    }

    /** The plain text of a node: text, soft breaks as spaces and hard breaks as line breaks. */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                out.append(t.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak b) {
                out.append('\n');
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Emphasis e) {
                out.append("<em>");
                super.visit(e);
            }

            @Override
            public void visit(org.commonmark.node.StrongEmphasis e) {
                out.append("<strong>");
                super.visit(e);
            }
        });
        return out.toString();
    }
}
