package org.zielbild.ui.modules.coaching;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.EditCoach;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.coaching.RemoveCoach;
import org.zielbild.domain.coaching.RemoveForbiddenPair;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.coaching.imports.CoachImport;
import org.zielbild.ui.modules.coaching.imports.CoachingImportPlan;

/** The coaches (name, style, photo, languages, capacity), their CSV import, and the pairs kept apart. */
public final class CoachesViewModel {

    private final SessionModel model;
    private final Supplier<String> ids;
    private final ObservableList<Coach> coaches = FXCollections.observableArrayList();
    /** Held once: a read-only view made per call would be collected together with the listeners on it. */
    private final ObservableList<Coach> coachesView = FXCollections.unmodifiableObservableList(coaches);
    private final ObservableList<ForbiddenPair> forbidden = FXCollections.observableArrayList();
    private final ObservableList<ForbiddenPair> forbiddenView = FXCollections.unmodifiableObservableList(forbidden);
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObservableList<Participant> participantsView = FXCollections.unmodifiableObservableList(participants);
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private Coaching seen;

    CoachesViewModel(SessionModel model, Supplier<String> ids) {
        this.model = model;
        this.ids = ids;
    }

    void update(Session s) {
        ListPatch.apply(participants, s.roster().participants());
        if (s.coaching() == seen) {
            return;
        }
        seen = s.coaching();
        ListPatch.apply(coaches, seen.coaches());
        ListPatch.apply(forbidden, seen.forbidden());
    }

    public ObservableList<Coach> coaches() {
        return coachesView;
    }

    public ObservableList<ForbiddenPair> forbidden() {
        return forbiddenView;
    }

    public ObservableList<Participant> participants() {
        return participantsView;
    }

    /** The last refusal, in words; null once something went through. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows a problem found outside the view-model (a file that cannot be read). */
    public void report(Message message) {
        problem.set(message);
    }

    public void clearProblem() {
        problem.set(null);
    }

    public boolean add(String name, int capacity, String style, String languages) {
        return model.tryApply(AddCoach.atEnd(new Coach(ids.get(), name, style, "", languages, capacity)), problem::set);
    }

    /** Saves a coach's changed details (same id). */
    public boolean save(Coach changed) {
        return model.tryApply(new EditCoach(changed), problem::set);
    }

    public boolean remove(String coachId) {
        return model.tryApply(new RemoveCoach(coachId), problem::set);
    }

    /**
     * Copies the picked picture into the session (the session's attachments, decision 0111) and gives
     * it to the coach; a file that is no picture, too large or unreadable is refused with the reason.
     */
    public boolean attachPhoto(String coachId, Path file) {
        Optional<Coach> coach = model.session().coaching().coach(coachId);
        if (coach.isEmpty()) {
            problem.set(Message.of("error.coaching.noCoach"));
            return false;
        }
        return model.attachments().attachPicture(file, problem::set)
                .map(attached -> save(coach.get().withPhoto(attached.reference()))).orElse(false);
    }

    public boolean removePhoto(String coachId) {
        return model.session().coaching().coach(coachId).map(c -> save(c.withPhoto(""))).orElse(false);
    }

    /** A URL for the coach's photo, when there is one and it is found. */
    public Optional<String> photoUrl(Coach coach) {
        return coach.hasPhoto() ? model.attachments().url(coach.photo()) : Optional.empty();
    }

    /** What importing {@code text} would do (preview; nothing is applied). */
    public CoachingImportPlan importPlan(String text) {
        return new CoachImport(model.session().coaching(), ids).plan(text);
    }

    public boolean importCoaches(CoachingImportPlan plan) {
        return plan.asChange().map(c -> model.tryApply(c, problem::set)).orElse(false);
    }

    public boolean forbid(String participantId, String coachId) {
        return model.tryApply(new AddForbiddenPair(new ForbiddenPair(participantId, coachId)), problem::set);
    }

    public boolean allow(ForbiddenPair pair) {
        return model.tryApply(new RemoveForbiddenPair(pair), problem::set);
    }

    public String participantName(String participantId) {
        return model.session().roster().participant(participantId).map(Participant::name).orElse("?");
    }

    public String coachName(String coachId) {
        return model.session().coaching().coach(coachId).map(Coach::name).orElse("?");
    }
}
