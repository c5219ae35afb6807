package org.zielbild.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCodeCombination;

/**
 * Keys as the shortcut overlay (F1) lists them: a heading and its rows, as i18n keys (the overlay
 * translates them into the UI language). A row shows each way to press it once: whoever offers
 * the keys leaves out variants (numpad keys, three of the four arrows) that would only repeat.
 *
 * @param titleKey the heading, e.g. "keys.group.board"
 */
public record KeyHelp(String titleKey, List<Row> rows) {

    /** One action and the keys that do it. */
    public record Row(String labelKey, List<KeyCodeCombination> keys) {

        public Row {
            Objects.requireNonNull(labelKey, "labelKey");
            keys = List.copyOf(keys);
        }
    }

    public KeyHelp {
        Objects.requireNonNull(titleKey, "titleKey");
        rows = List.copyOf(rows);
    }
}
