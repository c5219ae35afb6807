package org.zielbild.ui.kit.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.mandate.NoteLink;
import org.zielbild.domain.mandate.RemoveAction;
import org.zielbild.domain.mandate.SetActionDue;
import org.zielbild.domain.mandate.SetActionFirstStep;
import org.zielbild.domain.mandate.SetActionLink;
import org.zielbild.domain.mandate.SetActionOwner;
import org.zielbild.domain.mandate.SetActionStatus;
import org.zielbild.domain.mandate.SetActionTeam;
import org.zielbild.domain.mandate.SetActionText;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;

/**
 * An action list's state and commands, shared by the mandate stage (one team's actions) and the
 * closing (all the day's actions, filterable by team and owner, sortable by due date). Refusals are
 * shown inline ({@link #problemProperty()}); every command is one undoable change.
 */
public final class ActionListModel {

    /** What setting an owner by name came to. */
    public enum OwnerResult {
        SET,
        CLEARED,
        /** No participant has that name: offer to add them ({@link #addOwnerAsParticipant}), never a free-text owner. */
        NOT_A_PARTICIPANT,
        REFUSED
    }

    private final SessionModel model;
    private final Supplier<String> ids;
    private final Clock clock;
    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ActionFilter> filter = new SimpleObjectProperty<>(ActionFilter.ALL);
    private final BooleanProperty sortByDue = new SimpleBooleanProperty(false);
    private final ObjectProperty<Message> problem = new SimpleObjectProperty<>();
    private final ChangeListener<Session> onSession = (obs, o, n) -> refresh();

    public ActionListModel(SessionModel model, Supplier<String> ids, Clock clock, ActionFilter initial) {
        this.model = model;
        this.ids = ids;
        this.clock = clock;
        filter.set(initial);
        filter.addListener((obs, o, n) -> refresh());
        sortByDue.addListener((obs, o, n) -> refresh());
        model.sessionProperty().addListener(onSession);
        refresh();
    }

    public ObservableList<ActionRow> rows() {
        return rows;
    }

    public ObjectProperty<ActionFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty sortByDueProperty() {
        return sortByDue;
    }

    public ObjectProperty<Message> problemProperty() {
        return problem;
    }

    public Session session() {
        return model.session();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void dispose() {
        model.sessionProperty().removeListener(onSession);
    }

    private void refresh() {
        Session s = model.session();
        LocalDate today = today();
        List<ActionRow> now = new ArrayList<>();
        for (Action a : s.mandates().actions()) {
            if (filter.get().test(a)) {
                now.add(ActionRow.of(s, a, today));
            }
        }
        if (sortByDue.get()) {
            // Due first (soonest on top), no date last; list order among equals.
            now.sort(Comparator.comparing((ActionRow r) -> r.action().due(), Comparator.nullsLast(Comparator.naturalOrder())));
        }
        ListPatch.apply(rows, now);
    }

    public Optional<ActionRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    // --- commands ---

    /** Adds an open action with this text to the filter's team; returns its id when added. */
    public Optional<String> add(String what) {
        String id = ids.get();
        boolean ok = model.tryApply(AddAction.atEnd(Action.of(id, filter.get().newActionTeam(), what)), problem::set);
        return ok ? Optional.of(id) : Optional.empty();
    }

    /** Turns a note into an action (the note stays where it is; the action keeps a link to it). */
    public Optional<String> addFromNote(Note note) {
        String id = ids.get();
        Action a = new Action(id, filter.get().newActionTeam(), note.text(), null, "", null, "", ActionStatus.OPEN, null,
                new NoteLink(note.id(), note.boardId(), note.text()));
        boolean ok = model.tryApply(AddAction.atEnd(a), problem::set);
        return ok ? Optional.of(id) : Optional.empty();
    }

    /** Whether a note was turned into an action already (the list says so rather than making a second). */
    public Optional<Action> actionFromNote(String noteId) {
        return model.session().mandates().actions().stream()
                .filter(a -> a.note() != null && a.note().noteId().equals(noteId)).findFirst();
    }

    public boolean setWhat(String id, String what) {
        return model.tryApply(new SetActionText(id, what), problem::set);
    }

    public boolean setFirstStep(String id, String step) {
        return model.tryApply(new SetActionFirstStep(id, step), problem::set);
    }

    public boolean setDue(String id, LocalDate due) {
        return model.tryApply(new SetActionDue(id, due), problem::set);
    }

    public boolean setStatus(String id, ActionStatus status) {
        return model.tryApply(new SetActionStatus(id, status), problem::set);
    }

    public boolean setLink(String id, ActionLink link) {
        return model.tryApply(new SetActionLink(id, link), problem::set);
    }

    public boolean setTeam(String id, String teamId) {
        return model.tryApply(new SetActionTeam(id, teamId), problem::set);
    }

    public boolean remove(String id) {
        return model.tryApply(new RemoveAction(id), problem::set);
    }

    /** Sets the owner by a typed name: a participant's (ignoring case), none for empty text. */
    public OwnerResult setOwner(String id, String typedName) {
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty()) {
            return model.tryApply(new SetActionOwner(id, null), problem::set) ? OwnerResult.CLEARED : OwnerResult.REFUSED;
        }
        Optional<Participant> p = model.session().roster().participantNamed(name);
        if (p.isEmpty()) {
            return OwnerResult.NOT_A_PARTICIPANT;
        }
        return model.tryApply(new SetActionOwner(id, p.get().id()), problem::set) ? OwnerResult.SET : OwnerResult.REFUSED;
    }

    /** Adds the typed name as a participant (in the action's team, if it has one) and makes them the owner: one undo. */
    public boolean addOwnerAsParticipant(String id, String name) {
        Action a = model.session().mandates().action(id).orElse(null);
        if (a == null) {
            problem.set(Message.of("error.mandate.actionUnknown"));
            return false;
        }
        String team = a.teamId() != null && model.session().roster().team(a.teamId()).isPresent() ? a.teamId() : null;
        String pid = ids.get();
        return model.tryApply(new Batch(Message.of("change.mandate.addOwner"), List.of(
                AddParticipant.atEnd(new Participant(pid, name, team)), new SetActionOwner(id, pid))), problem::set);
    }

    /** Everyone who may own an action, in roster order. */
    public List<Participant> participants() {
        return model.session().roster().participants();
    }
}
