package org.zielbild.export.model;

import java.util.Objects;

/** A labelled value: "Date: 23 November 2026". */
public record Fact(String label, String value) {

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
