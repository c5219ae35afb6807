package org.zielbild.ui.shell.start;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.DateTexts;
import org.zielbild.session.SessionSummary;
import org.zielbild.ui.common.I18n;

/**
 * A session in the start screen's list: its title, then its date and last change, dates in the form
 * the app writes everywhere in the UI language ({@link DateTexts}: {@code 6 Dec 2026}, {@code 06.12.2026}).
 */
final class SessionSummaryCell extends ListCell<SessionSummary> {

    private final I18n i18n;
    private final DateTimeFormatter times;

    SessionSummaryCell(I18n i18n) {
        this.i18n = i18n;
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        // As wide as the list, never wider: a long title is cut with an ellipsis, not scrolled sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SessionSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label title = new Label(item.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setTooltip(new Tooltip(item.title()));
        String when = DateTexts.format(item.date(), i18n.language());
        Label details = new Label(i18n.t("start.sessionDetails", when, changed(item.lastChange())));
        details.setId("sessionDetails");
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.setWrapText(true); // a narrow list (a 900 px window) takes the last change to a second line
        details.setMinHeight(Region.USE_PREF_SIZE);
        setText(null);
        setGraphic(item.damaged() ? new VBox(2, title, problem(item)) : new VBox(2, title, details));
    }

    /** "6 Dec 2026, 8:30 AM" or "06.12.2026, 08:30"; "" when unknown. */
    private String changed(Instant lastChange) {
        if (lastChange == null) {
            return "";
        }
        return DateTexts.format(lastChange.atZone(times.getZone()).toLocalDate(), i18n.language()) + ", "
                + times.format(lastChange);
    }

    /** A folder that could not be listed properly: the file and why, in full (opening says more and offers a way back). */
    private Label problem(SessionSummary item) {
        Label problem = new Label(i18n.text(item.problem()), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        problem.setId("sessionProblem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        return problem;
    }
}
