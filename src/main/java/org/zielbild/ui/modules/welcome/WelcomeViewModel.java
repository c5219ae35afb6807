package org.zielbild.ui.modules.welcome;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;

/** Read-only facts for the welcome screen, kept current as the session changes. */
public final class WelcomeViewModel {

    /** One agenda line: number, title and planned minutes. */
    public record AgendaLine(int number, String title, int minutes) {
    }

    private final SessionModel model;
    private final I18n i18n;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper people = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<List<AgendaLine>> agenda = new ReadOnlyObjectWrapper<>(List.of());
    private final ChangeListener<Session> listener = (obs, old, now) -> update(now);

    public WelcomeViewModel(SessionModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        model.sessionProperty().addListener(listener);
        update(model.session());
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

    public ReadOnlyObjectProperty<List<AgendaLine>> agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public void dispose() {
        model.sessionProperty().removeListener(listener);
    }

    /** Runs {@code action} now and whenever anything shown changes. */
    public void onUpdate(Consumer<WelcomeViewModel> action) {
        agenda.addListener((obs, o, n) -> action.accept(this));
        action.accept(this);
    }

    private void update(Session s) {
        SessionInfo info = s.info();
        title.set(info.title());
        String date = info.date() == null ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()).format(info.date());
        details.set(String.join("  ·  ", java.util.stream.Stream.of(date, info.place(), info.facilitator())
                .filter(x -> !x.isBlank()).toList()));
        people.set(i18n.t("welcome.people", s.roster().participants().size(), s.roster().teams().size()));
        List<AgendaLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < s.agenda().stages().size(); i++) {
            var st = s.agenda().stages().get(i);
            lines.add(new AgendaLine(i + 1, st.title(), st.timeBoxMinutes()));
        }
        agenda.set(List.copyOf(lines));
    }
}
