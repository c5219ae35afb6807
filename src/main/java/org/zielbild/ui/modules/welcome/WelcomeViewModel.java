package org.zielbild.ui.modules.welcome;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.agenda.Agenda;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.roster.Roster;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionFeed;

/**
 * Read-only facts for the welcome screen, kept current as the session changes. Only the parts a
 * change touched are worked out again (session values are immutable: a part that is the same
 * object is unchanged), and a property fires only when its value really differs, so a burst of
 * note changes costs the welcome screen nothing.
 */
public final class WelcomeViewModel {

    /** A stage of the day as the welcome page plans it: number, title and planned minutes. */
    public record PlannedStage(int number, String title, int minutes) {
    }

    private final SessionFeed feed;
    private final I18n i18n;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper people = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<PlannedStage>> agenda = new ReadOnlyObjectWrapper<>(List.of());
    private final ChangeListener<Session> listener = (obs, old, now) -> update(old, now);
    private int participants = -1;
    private int teams = -1;

    /** @param feed the session, read-only: the welcome stage only shows it */
    public WelcomeViewModel(SessionFeed feed, I18n i18n) {
        this.feed = feed;
        this.i18n = i18n;
        feed.sessionProperty().addListener(listener);
        update(null, feed.session());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Date, place and facilitator in one line, in the UI's locale. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peopleProperty() {
        return people.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<PlannedStage>> agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public void dispose() {
        feed.sessionProperty().removeListener(listener);
    }

    /** Runs {@code action} now and whenever the agenda lines change. */
    public void onUpdate(Consumer<WelcomeViewModel> action) {
        agenda.addListener((obs, o, n) -> action.accept(this));
        action.accept(this);
    }

    private void update(Session old, Session now) {
        if (old == null || old.info() != now.info()) {
            showInfo(now.info());
        }
        if (old == null || old.roster() != now.roster()) {
            showPeople(now.roster());
        }
        if (old == null || old.agenda() != now.agenda()) {
            showAgenda(now.agenda());
        }
    }

    private void showInfo(SessionInfo info) {
        title.set(info.title());
        String date = info.date() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()).format(info.date());
        details.set(String.join("  ·  ", Stream.of(date, info.place(), info.facilitator())
                .filter(x -> !x.isBlank()).toList()));
    }

    private void showPeople(Roster roster) {
        int p = roster.participants().size();
        int t = roster.teams().size();
        if (p != participants || t != teams) {
            participants = p;
            teams = t;
            people.set(i18n.t("welcome.people", p, t));
        }
    }

    private void showAgenda(Agenda a) {
        List<PlannedStage> lines = new ArrayList<>();
        for (int i = 0; i < a.stages().size(); i++) {
            Stage st = a.stages().get(i);
            lines.add(new PlannedStage(i + 1, st.title(), st.timeBoxMinutes()));
        }
        if (!lines.equals(agenda.get())) {
            agenda.set(List.copyOf(lines));
        }
    }
}
