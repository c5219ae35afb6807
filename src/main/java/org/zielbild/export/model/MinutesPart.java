package org.zielbild.export.model;

import java.util.List;
import java.util.Objects;

/**
 * One section of the minutes as the reader sees it: a heading and its blocks.
 *
 * @param key stable name of the part, e.g. {@code agenda} or {@code boards:<stage id>}: what the
 *            export dialog and {@code --sections} choose by
 */
public record MinutesPart(String key, String title, List<Block> blocks) {

    public MinutesPart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
