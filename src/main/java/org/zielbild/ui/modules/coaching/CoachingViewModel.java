package org.zielbild.ui.modules.coaching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.zielbild.domain.Session;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The coach round's state for the facilitator, in four parts that follow the day: the coaches, the
 * pitches with their questions, the secret ranking, the assignment. Each part works out only what a
 * change touched (the session's parts compared by identity, decision 0026). The wall gets
 * {@link #feed()}: what the room may see, never a ballot.
 */
public final class CoachingViewModel {

    private final SessionModel model;
    private final CoachesViewModel coaches;
    private final PitchViewModel pitches;
    private final RankingViewModel ranking;
    private final ResultViewModel result;
    private final ReadOnlyObjectWrapper<CoachingRoom> room = new ReadOnlyObjectWrapper<>();
    private final CoachingFeed feed = new CoachingFeed(room.getReadOnlyProperty());
    private final List<Consumer<Session>> parts = new ArrayList<>();
    private final ChangeListener<Session> listener = (obs, old, now) -> changed(old, now);

    public CoachingViewModel(ModuleContext context) {
        this(context.session(), context.clock(), context.ids(), context.roomI18n());
    }

    /** @param roomI18n the session's language: the pitch timer's label is read by the room */
    public CoachingViewModel(SessionModel model, Clock clock, Supplier<String> ids, I18n roomI18n) {
        this.model = model;
        this.coaches = new CoachesViewModel(model, ids);
        this.pitches = new PitchViewModel(model, clock, ids, roomI18n);
        this.ranking = new RankingViewModel(model, clock);
        this.result = new ResultViewModel(model, clock, ids);
        parts.add(coaches::update);
        parts.add(pitches::update);
        parts.add(ranking::update);
        parts.add(result::update);
        model.sessionProperty().addListener(listener);
        changed(null, model.session());
    }

    public CoachesViewModel coaches() {
        return coaches;
    }

    public PitchViewModel pitches() {
        return pitches;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public ResultViewModel result() {
        return result;
    }

    /** What the wall may show, read-only. */
    public CoachingFeed feed() {
        return feed;
    }

    /** The session, for the ballot screen's list of people. */
    public SessionModel model() {
        return model;
    }

    private void changed(Session old, Session now) {
        if (old != null && old.coaching() == now.coaching() && old.roster() == now.roster() && old.info() == now.info()) {
            return;
        }
        parts.forEach(p -> p.accept(now));
        CoachingRoom next = CoachingRoom.of(now, model.attachments()::url);
        if (!next.equals(room.get())) {
            room.set(next);
        }
    }

    public void dispose() {
        model.sessionProperty().removeListener(listener);
    }
}
