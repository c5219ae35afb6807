package org.zielbild.export.render;

import java.util.List;
import java.util.stream.Collectors;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DistributionRow;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;

/**
 * The minutes as Markdown (CommonMark with GFM tables), every user text escaped by
 * {@link MarkdownText} so it stays literal. Pictures are left out: a Markdown file cannot carry
 * them, and the HTML and PDF minutes do (0140).
 */
public final class MarkdownRenderer {

    public String render(Minutes m) {
        StringBuilder out = new StringBuilder(32 * 1024);
        MinutesWords words = MinutesWords.of(m.locale());
        out.append("# ").append(MarkdownText.inline(m.title())).append("\n\n");
        out.append("**").append(MarkdownText.inline(words.kind())).append("**\n\n");
        facts(out, m.facts());
        if (m.parts().isEmpty()) {
            out.append(MarkdownText.block(words.empty(), "")).append("\n\n");
        }
        for (MinutesPart part : m.parts()) {
            out.append("## ").append(MarkdownText.inline(part.title())).append("\n\n");
            for (Block b : part.blocks()) {
                block(out, b);
            }
        }
        out.append("---\n\n").append(MarkdownText.block(m.footer(), "")).append('\n');
        return out.toString();
    }

    private static void block(StringBuilder out, Block b) {
        if (b instanceof Block.Heading h) {
            out.append(h.level() == 1 ? "### " : "#### ").append(MarkdownText.inline(h.text())).append("\n\n");
        } else if (b instanceof Block.Paragraph p) {
            String text = MarkdownText.block(p.text(), "");
            out.append(p.quiet() ? "*" + text + "*" : text).append("\n\n");
        } else if (b instanceof Block.Facts f) {
            facts(out, f.facts());
        } else if (b instanceof Block.Table t) {
            table(out, t.columns(), t.rows());
        } else if (b instanceof Block.Items i) {
            items(out, i.items(), "");
            out.append('\n');
        } else if (b instanceof Block.Distribution d) {
            distribution(out, d);
        }
        // Block.Picture: not in Markdown (see the class comment).
    }

    private static void facts(StringBuilder out, List<Fact> facts) {
        for (Fact f : facts) {
            out.append("- **").append(MarkdownText.inline(f.label())).append(":** ")
                    .append(MarkdownText.inline(f.value())).append('\n');
        }
        if (!facts.isEmpty()) {
            out.append('\n');
        }
    }

    private static void table(StringBuilder out, List<Block.Column> columns, List<List<String>> rows) {
        out.append("| ").append(columns.stream().map(c -> MarkdownText.inline(c.title())).collect(Collectors.joining(" | ")))
                .append(" |\n|");
        for (Block.Column c : columns) {
            out.append(c.numeric() ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(row.stream().map(MarkdownRenderer::cell).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** A table cell; an empty cell keeps its place. */
    private static String cell(String text) {
        return text.isBlank() ? " " : MarkdownText.inline(text);
    }

    private static void items(StringBuilder out, List<Block.Item> items, String indent) {
        for (Block.Item item : items) {
            out.append(indent).append("- ").append(MarkdownText.block(item.text(), indent + "  "));
            if (!item.meta().isEmpty()) {
                out.append(" — *").append(MarkdownText.inline(item.meta())).append('*');
            }
            out.append('\n');
            if (!item.children().isEmpty()) {
                items(out, item.children(), indent + "  ");
            }
        }
    }

    private static void distribution(StringBuilder out, Block.Distribution d) {
        List<Block.Column> columns = new java.util.ArrayList<>();
        columns.add(new Block.Column(d.labelTitle(), false));
        d.series().forEach(s -> columns.add(new Block.Column(s, true)));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (DistributionRow r : d.rows()) {
            List<String> row = new java.util.ArrayList<>();
            row.add(r.label());
            r.counts().forEach(c -> row.add(String.valueOf(c)));
            rows.add(row);
        }
        for (DistributionRow.Summary s : d.summary()) {
            List<String> row = new java.util.ArrayList<>();
            row.add(s.label());
            row.addAll(s.values());
            rows.add(row);
        }
        table(out, columns, rows);
    }
}
