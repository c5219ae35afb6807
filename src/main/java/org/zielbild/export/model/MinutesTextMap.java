package org.zielbild.export.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The same minutes with every text passed through a function: the PDF marks the characters its
 * font lacks this way. Labels, user texts, cells and captions alike; numbers and keys stay.
 */
public final class MinutesTextMap {

    private MinutesTextMap() {
    }

    public static Minutes map(Minutes m, UnaryOperator<String> f) {
        return new Minutes(m.locale(), f.apply(m.title()), facts(m.facts(), f),
                m.parts().stream().map(p -> new MinutesPart(p.key(), f.apply(p.title()),
                        p.blocks().stream().map(b -> block(b, f)).toList())).toList(), f.apply(m.footer()));
    }

    private static Block block(Block b, UnaryOperator<String> f) {
        if (b instanceof Block.Heading h) {
            return new Block.Heading(f.apply(h.text()), h.level());
        }
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(f.apply(p.text()), p.quiet());
        }
        if (b instanceof Block.Facts fs) {
            return new Block.Facts(facts(fs.facts(), f));
        }
        if (b instanceof Block.Table t) {
            return new Block.Table(t.columns().stream().map(c -> new Block.Column(f.apply(c.title()), c.numeric())).toList(),
                    t.rows().stream().map(r -> strings(r, f)).toList());
        }
        if (b instanceof Block.Items i) {
            return new Block.Items(items(i.items(), f));
        }
        if (b instanceof Block.Distribution d) {
            return new Block.Distribution(f.apply(d.labelTitle()), strings(d.series(), f),
                    d.rows().stream().map(r -> new DistributionRow(f.apply(r.label()), r.counts())).toList(),
                    d.summary().stream().map(s -> new DistributionRow.Summary(f.apply(s.label()), strings(s.values(), f)))
                            .toList());
        }
        Block.Picture p = (Block.Picture) b;
        Image img = p.image();
        return new Block.Picture(new Image(img.key(), f.apply(img.caption()), img.png(), img.width(), img.height()));
    }

    private static List<Block.Item> items(List<Block.Item> items, UnaryOperator<String> f) {
        return items.stream().map(i -> new Block.Item(f.apply(i.text()), f.apply(i.meta()), items(i.children(), f))).toList();
    }

    private static List<Fact> facts(List<Fact> facts, UnaryOperator<String> f) {
        return facts.stream().map(x -> new Fact(f.apply(x.label()), f.apply(x.value()))).toList();
    }

    private static List<String> strings(List<String> list, UnaryOperator<String> f) {
        return list.stream().map(f).toList();
    }
}
