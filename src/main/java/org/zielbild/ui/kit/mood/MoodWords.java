package org.zielbild.ui.kit.mood;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.ui.common.I18n;

/** The most common emotion words as chips with their counts. */
final class MoodWords {

    private MoodWords() {
    }

    /**
     * The heading with the chips under it; while nobody has chosen a word, one short line that says
     * so instead of a heading over nothing.
     */
    static Node block(I18n i18n, MoodStats stats, int limit, boolean large, String headingKey, String noneKey) {
        if (stats.top(limit).isEmpty()) {
            Label none = new Label(i18n.t(noneKey));
            none.setId("moodNoWords");
            none.getStyleClass().add("mood-words-none");
            none.setWrapText(true);
            return none;
        }
        Label heading = new Label(i18n.t(headingKey));
        heading.setId("moodWordsHeading");
        heading.getStyleClass().add(large ? "rank-heading" : "mood-form-heading");
        heading.setWrapText(true);
        return new VBox(large ? 14 : 4, heading, chips(i18n, stats, limit, large));
    }

    private static FlowPane chips(I18n i18n, MoodStats stats, int limit, boolean large) {
        FlowPane pane = new FlowPane(large ? 18 : 6, large ? 14 : 6);
        pane.getStyleClass().add(large ? "mood-words-large" : "mood-words-small");
        for (MoodStats.Word w : stats.top(limit)) {
            String text = w.emotion() != null ? i18n.t(w.emotion().nameKey()) : w.text();
            Label chip = new Label(i18n.t("mood.wordCount", text, w.count()));
            chip.getStyleClass().add("mood-word");
            pane.getChildren().add(chip);
        }
        return pane;
    }

    static String mean(I18n i18n, MoodStats stats) {
        return stats.total() == 0 ? "–" : String.format(i18n.locale(), "%.1f", stats.mean());
    }
}
