package org.zielbild.ui.modules.target;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.zielbild.domain.target.Criterion;
import org.zielbild.domain.target.Threshold;
import org.zielbild.ui.common.I18n;

/**
 * One question's result on the wall, on one line: the numbers in words ("Benefit: 7 of 10 yes"),
 * then a bar of the counting base with the yes share filled from the left, the no share hatched
 * from the right, and the threshold as a line across it. Words carry the meaning; the bar shows it
 * at a glance.
 */
final class ResultBar {

    private ResultBar() {
    }

    /**
     * @param captionWidth room for the words (the same for every row, so the bars line up)
     * @param barWidth     the bar's length: the whole counting base
     * @param withNeeded   say how many yes are needed (when the base differs per item)
     */
    static HBox of(I18n i18n, String questionKey, Criterion c, Threshold threshold, double captionWidth, double barWidth,
                   double barHeight, boolean withNeeded) {
        String words = i18n.t(questionKey, c.tally().yes(), c.base());
        Label caption = new Label(withNeeded ? words + " " + i18n.t("target.wall.needed", c.needed()) : words);
        caption.getStyleClass().addAll("result-caption", c.met() ? "met" : "missed");
        caption.setMinWidth(captionWidth);
        caption.setPrefWidth(captionWidth);
        caption.setMaxWidth(captionWidth);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Region yes = new Region();
        yes.getStyleClass().add("result-yes");
        fix(yes, barWidth * c.yesShare(), barHeight);
        Region no = new Region();
        no.getStyleClass().add("result-no");
        fix(no, barWidth * c.noShare(), barHeight);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox track = new HBox(yes, gap, no);
        track.getStyleClass().add("result-track");
        fix(track, barWidth, barHeight);
        Region line = new Region();
        line.getStyleClass().add("result-threshold");
        double share = (double) threshold.numerator() / threshold.denominator();
        line.setManaged(false); // placed by hand: a Pane would size it to its (empty) preferred size
        line.resizeRelocate(Math.max(0, barWidth * share - 3), 0, 6, barHeight + 12);
        Pane marks = new Pane(line);
        fix(marks, barWidth, barHeight + 12);
        marks.setMouseTransparent(true);
        StackPane bar = new StackPane(track, marks);
        bar.setAlignment(Pos.CENTER_LEFT);
        fix(bar, barWidth, barHeight + 12);
        HBox row = new HBox(16, caption, bar);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void fix(Region r, double w, double h) {
        r.setMinSize(w, h);
        r.setPrefSize(w, h);
        r.setMaxSize(w, h);
    }
}
