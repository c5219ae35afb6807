package org.zielbild.ui.mood;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.zielbild.ui.common.I18n;

/** The most common emotion words as chips with their counts. */
final class MoodWords {

    private MoodWords() {
    }

    static FlowPane chips(I18n i18n, MoodStats stats, int limit, boolean large) {
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
