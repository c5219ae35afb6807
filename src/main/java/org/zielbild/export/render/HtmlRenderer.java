package org.zielbild.export.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DistributionRow;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;

/**
 * The minutes as one self-contained HTML file: inline CSS, pictures as data URIs, no script, no
 * external asset. It is well-formed XHTML as well, so the PDF is laid out from the very same text.
 * Every text goes through {@link Xml#text}.
 */
public final class HtmlRenderer {

    static final String STYLE = load("minutes.css");

    private final String extraStyle;

    /** The HTML file's renderer. */
    public HtmlRenderer() {
        this("");
    }

    /** @param extraStyle CSS after the shared sheet (the PDF's page boxes and font) */
    HtmlRenderer(String extraStyle) {
        this.extraStyle = extraStyle;
    }

    public String render(Minutes m) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String lang = m.locale().getLanguage();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Zielbild Studio\"/>\n")
                .append("<title>").append(Xml.text(m.title())).append("</title>\n<style>\n").append(STYLE)
                .append(extraStyle).append("</style>\n</head>\n<body>\n<header>\n");
        out.append("<p class=\"kind\">").append(Xml.text(MinutesWords.of(m.locale()).kind())).append("</p>\n");
        out.append("<h1>").append(Xml.text(m.title())).append("</h1>\n");
        facts(out, m.facts());
        out.append("</header>\n");
        if (m.parts().isEmpty()) {
            out.append("<p class=\"quiet\">").append(Xml.text(MinutesWords.of(m.locale()).empty())).append("</p>\n");
        }
        for (MinutesPart part : m.parts()) {
            out.append("<section id=\"").append(Xml.attribute(anchor(part.key()))).append("\">\n<h2>")
                    .append(Xml.text(part.title())).append("</h2>\n");
            for (Block b : part.blocks()) {
                block(out, b);
            }
            out.append("</section>\n");
        }
        out.append("<footer><p>").append(Xml.text(m.footer())).append("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void block(StringBuilder out, Block b) {
        if (b instanceof Block.Heading h) {
            String tag = h.level() == 1 ? "h3" : "h4";
            out.append('<').append(tag).append('>').append(Xml.text(h.text())).append("</").append(tag).append(">\n");
        } else if (b instanceof Block.Paragraph p) {
            out.append(p.quiet() ? "<p class=\"quiet\">" : "<p>").append(Xml.text(p.text())).append("</p>\n");
        } else if (b instanceof Block.Facts f) {
            facts(out, f.facts());
        } else if (b instanceof Block.Table t) {
            table(out, t);
        } else if (b instanceof Block.Items i) {
            items(out, i.items());
        } else if (b instanceof Block.Distribution d) {
            distribution(out, d);
        } else if (b instanceof Block.Picture p) {
            out.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(p.image().png())).append("\" alt=\"")
                    .append(Xml.attribute(p.image().caption())).append("\"/><figcaption>")
                    .append(Xml.text(p.image().caption())).append("</figcaption></figure>\n");
        }
    }

    private static void facts(StringBuilder out, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        out.append("<dl class=\"facts\">\n");
        for (Fact f : facts) {
            out.append("<dt>").append(Xml.text(f.label())).append("</dt><dd>").append(Xml.text(f.value())).append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    private static void table(StringBuilder out, Block.Table t) {
        out.append("<table>\n<thead><tr>");
        for (Block.Column c : t.columns()) {
            out.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(Xml.text(c.title())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(t.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>").append(Xml.text(row.get(i)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void items(StringBuilder out, List<Block.Item> items) {
        out.append("<ul>\n");
        for (Block.Item item : items) {
            out.append("<li><span class=\"text\">").append(Xml.text(item.text())).append("</span>");
            if (!item.meta().isEmpty()) {
                out.append(" <span class=\"meta\">").append(Xml.text(item.meta())).append("</span>");
            }
            if (!item.children().isEmpty()) {
                out.append('\n');
                items(out, item.children());
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void distribution(StringBuilder out, Block.Distribution d) {
        int max = Math.max(1, d.max());
        out.append("<table class=\"distribution\">\n<thead><tr><th>").append(Xml.text(d.labelTitle())).append("</th>");
        for (int s = 0; s < d.series().size(); s++) {
            out.append("<th class=\"series s").append(s).append("\" colspan=\"2\">").append(Xml.text(d.series().get(s)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (DistributionRow row : d.rows()) {
            out.append("<tr><td>").append(Xml.text(row.label())).append("</td>");
            for (int s = 0; s < row.counts().size(); s++) {
                int count = row.counts().get(s);
                out.append("<td class=\"track\"><div class=\"bar s").append(s).append("\" style=\"width:")
                        .append(Math.round(100.0 * count / max)).append("%\">&#160;</div></td><td class=\"num\">")
                        .append(count).append("</td>");
            }
            out.append("</tr>\n");
        }
        for (DistributionRow.Summary sum : d.summary()) {
            out.append("<tr class=\"summary\"><td>").append(Xml.text(sum.label())).append("</td>");
            for (String v : sum.values()) {
                out.append("<td></td><td class=\"num\">").append(Xml.text(v)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** An id for the part's section: letters, digits and hyphens only. */
    private static String anchor(String key) {
        return "part-" + key.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static String load(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
