package org.zielbild.export.model;

import java.util.List;
import java.util.Objects;

/**
 * The few kinds of content the minutes are made of. Every renderer (Markdown, HTML, PDF) knows
 * each kind, so a new section is written once, as blocks, and appears in every format.
 * Texts are as the user typed them; renderers escape them.
 */
public sealed interface Block {

    /** A heading inside a part: level 1 for e.g. one board of a stage, level 2 for an area of that board. */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level " + level);
            }
        }
    }

    /** Running text; {@code quiet} for remarks such as "results were not shown in the room". */
    record Paragraph(String text, boolean quiet) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Label and value pairs. */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A table; numeric columns are right-aligned. Every row has one cell per column. */
    record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /** A table column. */
    record Column(String title, boolean numeric) {
        public Column {
            Objects.requireNonNull(title, "title");
        }
    }

    /** A list, one level of children deep (a cluster and its notes). */
    record Items(List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * One entry of a list.
     *
     * @param meta short facts after the text ("Sales · 3 dots"); "" for none
     */
    record Item(String text, String meta, List<Item> children) {
        public Item {
            Objects.requireNonNull(text, "text");
            meta = meta == null ? "" : meta;
            children = List.copyOf(children);
        }

        public Item(String text, String meta) {
            this(text, meta, List.of());
        }
    }

    /**
     * Counts side by side, e.g. how many gave each mood score at check-in and at check-out: drawn
     * as bars in HTML and PDF, a table in Markdown.
     *
     * @param labelTitle the first column's title ("Score")
     * @param series     the compared rounds ("Check-in", "Check-out")
     * @param rows       one per value, each with one count per series
     * @param summary    one line per series under the counts ("mean", ...): label then one cell per series
     */
    record Distribution(String labelTitle, List<String> series, List<DistributionRow> rows,
                        List<DistributionRow.Summary> summary) implements Block {
        public Distribution {
            Objects.requireNonNull(labelTitle, "labelTitle");
            series = List.copyOf(series);
            rows = List.copyOf(rows);
            summary = List.copyOf(summary);
        }

        /** The largest count, the full length of a bar. */
        public int max() {
            return rows.stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** A picture handed in by the app (a board), PNG. */
    record Picture(Image image) implements Block {
        public Picture {
            Objects.requireNonNull(image, "image");
        }
    }
}
