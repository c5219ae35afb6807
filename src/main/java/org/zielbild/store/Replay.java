package org.zielbild.store;

import java.time.Instant;
import java.util.Optional;
import org.zielbild.session.SessionState;

/**
 * The outcome of replaying a journal onto a snapshot.
 *
 * @param state   the session after every good entry
 * @param applied how many entries took effect
 * @param lastAt  when the last applied entry happened (null when none)
 * @param damage  why replay stopped early, if it did
 * @param torn    whether the last line was cut off (a torn write) and left out
 */
record Replay(SessionState state, int applied, Instant lastAt, Optional<Damage> damage, boolean torn) {
}
