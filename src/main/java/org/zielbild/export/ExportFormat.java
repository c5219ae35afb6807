package org.zielbild.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the minutes can be written as; {@code label} is the command line's word and the file extension. */
public enum ExportFormat {
    PDF("pdf"),
    HTML("html"),
    MARKDOWN("md"),
    /** One file per table, into a folder. */
    CSV("csv"),
    /** The session archive (decision 0024): the whole session, importable again. */
    JSON("json");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the format is written into a folder rather than one file. */
    public boolean folder() {
        return this == CSV;
    }

    public static Optional<ExportFormat> fromLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(l) || (f == MARKDOWN && l.equals("markdown")))
                .findFirst();
    }
}
