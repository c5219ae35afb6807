package org.zielbild.ui.kit.board;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.zielbild.ui.common.SessionModel;

/**
 * What the parts of a board's view-model share: the session to apply changes to, the board's id,
 * its current snapshot, and where new ids and timestamps come from (made when a change is made,
 * never inside apply, so replay is deterministic).
 */
record BoardContext(SessionModel model, String boardId, Supplier<BoardSnapshot> snapshots, Supplier<String> ids,
                    Clock clock) {

    BoardSnapshot snapshot() {
        return snapshots.get();
    }

    String newId() {
        return ids.get();
    }

    Instant now() {
        return clock.instant();
    }
}
