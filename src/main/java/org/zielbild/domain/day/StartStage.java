package org.zielbild.domain.day;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * The day moves to a stage: the stage that was live ends at {@code at} (or is dropped when it was
 * only passed through), and this stage starts — or, if it ran before, goes on where it stopped,
 * the time in between counting as a pause.
 */
public record StartStage(String stageId, Instant at) implements DayLogChange {

    public StartStage {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public Session apply(Session session) {
        session.agenda().require(stageId);
        DayLog log = session.dayLog();
        StageRun live = log.live().orElse(null);
        if (live != null && live.stageId().equals(stageId)) {
            return session;
        }
        if (live != null) {
            log = log.ended(live, at);
        }
        StageRun run = log.runOf(stageId)
                .map(r -> r.with(r.timing().reopenedAt(at)))
                .orElseGet(() -> new StageRun(stageId, Timing.startedAt(at)));
        return session.withDayLog(log.withRun(run));
    }

    @Override
    public Message describe() {
        return Message.of("change.run.startStage");
    }
}
