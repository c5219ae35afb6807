package org.zielbild.ui.kit.mood;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.domain.mood.RemoveMoodEntry;
import org.zielbild.domain.mood.RemoveMoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.SessionModel;

/**
 * The mood round of one stage (check-in or check-out): start it (anonymous unless the
 * facilitator says otherwise before it starts), add entries, show the results. For a check-out
 * it also offers the check-in to compare with.
 */
public final class MoodRoundViewModel {

    private final SessionModel model;
    private final String stageId;
    private final MoodKind kind;
    private final Supplier<String> ids;
    private final Clock clock;
    private final BooleanProperty anonymous = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<MoodRound> round = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MoodStats> stats = new ReadOnlyObjectWrapper<>(MoodStats.EMPTY);
    private final ReadOnlyObjectWrapper<MoodRound> before = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MoodStats> beforeStats = new ReadOnlyObjectWrapper<>(MoodStats.EMPTY);
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Participant> waiting = FXCollections.observableArrayList();
    private final ChangeListener<Session> listener = (obs, o, n) -> onSession(o, n);
    private final ReadOnlyBooleanWrapper noParticipants = new ReadOnlyBooleanWrapper();
    /** A named round needs someone to name: without participants only an anonymous round can start. */
    private final BooleanBinding canStart = Bindings.createBooleanBinding(
            () -> round.get() == null && (anonymous.get() || !noParticipants.get()), round, anonymous, noParticipants);
    private final MoodFeed feed;

    public MoodRoundViewModel(SessionModel model, String stageId, MoodKind kind, Supplier<String> ids, Clock clock) {
        this.model = model;
        this.stageId = stageId;
        this.kind = kind;
        this.ids = ids;
        this.clock = clock;
        this.feed = new MoodFeed(kind, round.getReadOnlyProperty(), stats.getReadOnlyProperty(),
                before.getReadOnlyProperty(), beforeStats.getReadOnlyProperty());
        model.sessionProperty().addListener(listener);
        onSession(null, model.session());
    }

    /** This round read-only, for the projection: it can apply no change. */
    public MoodFeed feed() {
        return feed;
    }

    public MoodKind kind() {
        return kind;
    }

    /** Whether a round started now will be anonymous; fixed once it has started. */
    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    /** This stage's round, null until it is started. */
    public ReadOnlyObjectProperty<MoodRound> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MoodStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** For a check-out: the day's check-in, null when there was none. */
    public ReadOnlyObjectProperty<MoodRound> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MoodStats> beforeStatsProperty() {
        return beforeStats.getReadOnlyProperty();
    }

    /** Why the last entry was not added. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** In a named round: who has not given a mood yet. */
    public ObservableList<Participant> waiting() {
        return FXCollections.unmodifiableObservableList(waiting);
    }

    /** Whether the session has no participants yet. */
    public ReadOnlyBooleanProperty noParticipantsProperty() {
        return noParticipants.getReadOnlyProperty();
    }

    /** Whether {@link #start()} would start a round: none yet, and anonymous or with participants to name. */
    public BooleanExpression canStart() {
        return canStart;
    }

    public Optional<MoodRound> round() {
        return Optional.ofNullable(round.get());
    }

    public boolean start() {
        if (!canStart.get()) {
            return false;
        }
        return model.apply(AddMoodRound.atEnd(MoodRound.start(ids.get(), stageId, kind, anonymous.get(), clock.instant())));
    }

    /**
     * Adds a mood. In an anonymous round {@code who} must be null (the private screen never asks);
     * in a named round it says who it is from.
     */
    public boolean add(Participant who, int score, List<Emotion> emotions, List<String> ownWords, String sentence) {
        MoodRound r = round.get();
        if (r == null) {
            return false;
        }
        MoodEntry entry = new MoodEntry(ids.get(), who == null ? null : who.id(), score, emotions, ownWords, sentence);
        return model.tryApply(new AddMoodEntry(r.id(), entry), problem::set);
    }

    public boolean remove(String entryId) {
        return round.get() != null && model.apply(new RemoveMoodEntry(round.get().id(), entryId));
    }

    public boolean reveal(boolean shown) {
        MoodRound r = round.get();
        return r != null && r.revealed() != shown && model.apply(new RevealMoodRound(r.id(), shown));
    }

    /** Throws the round away (undoable), e.g. to start it again with names. */
    public boolean discard() {
        MoodRound r = round.get();
        if (r == null) {
            return false;
        }
        anonymous.set(r.anonymous());
        return model.apply(new RemoveMoodRound(r.id()));
    }

    /** The name of a participant in a named round's entry. */
    public Optional<String> participantName(String participantId) {
        return model.session().roster().participant(participantId).map(Participant::name);
    }

    public void clearProblem() {
        problem.set(null);
    }

    public void dispose() {
        model.sessionProperty().removeListener(listener);
    }

    private void onSession(Session old, Session now) {
        if (old != null && old.moods() == now.moods() && old.roster() == now.roster()) {
            return;
        }
        MoodRound r = now.moods().latestOf(stageId).filter(x -> x.kind() == kind).orElse(null);
        // Figures first: views refresh when the round changes and read them then.
        stats.set(MoodStats.of(r));
        if (r != null) {
            anonymous.set(r.anonymous());
        }
        if (kind == MoodKind.CHECK_OUT) {
            MoodRound in = now.moods().latest(MoodKind.CHECK_IN).orElse(null);
            beforeStats.set(MoodStats.of(in));
            before.set(in);
        }
        List<Participant> open = new ArrayList<>();
        for (Participant p : now.roster().participants()) {
            if (r == null || r.anonymous() || r.entryOf(p.id()).isEmpty()) {
                open.add(p);
            }
        }
        waiting.setAll(open);
        noParticipants.set(now.roster().participants().isEmpty());
        round.set(r);
    }
}
