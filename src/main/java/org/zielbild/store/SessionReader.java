package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.SessionState;

/**
 * Reads a session folder without writing anything: snapshot, then journal replay through
 * {@link SessionState#next}. Anything unexpected becomes a {@link Damage}; only a cut-off last
 * journal line (a torn write, never acknowledged) is tolerated and reported.
 */
final class SessionReader {

    private static final Logger LOG = LoggerFactory.getLogger(SessionReader.class);

    private final StoreCodec codec;
    private final SessionInvariants invariants = new SessionInvariants();

    SessionReader(StoreCodec codec) {
        this.codec = codec;
    }

    SessionInvariants invariants() {
        return invariants;
    }

    /**
     * What a folder holds.
     *
     * @param snapshot       the snapshot, or empty when it is missing or damaged
     * @param replay         the journal replayed onto the snapshot (empty without a snapshot)
     * @param damage         every problem found; empty when the session can be opened as it is
     * @param journalLines   how many complete lines the journal had (0 when missing)
     * @param repairs        what was repaired in the snapshot as it was read (0082); opening writes the repaired one
     */
    record Contents(SessionFiles files, Optional<Snapshot> snapshot, Optional<Replay> replay, List<Damage> damage,
                    int journalLines, List<Message> repairs) {

        boolean clean() {
            return damage.isEmpty() && replay.isPresent();
        }
    }

    Contents read(SessionFiles files) throws NewerSchemaException {
        List<Damage> damage = new ArrayList<>();
        Optional<Snapshot> snapshot = Optional.empty();
        List<Message> repairs = List.of();
        try {
            Snapshot read = codec.readSnapshot(SafeFiles.read(files.snapshot(), SafeFiles.MAX_SESSION_BYTES));
            SessionInvariants.Outcome checked = invariants.check(read.session());
            checked.problems().forEach(p -> damage.add(new Damage(files.snapshot(), p)));
            repairs = checked.repairs();
            snapshot = Optional.of(new Snapshot(read.schemaVersion(), read.seq(), read.savedAt(), checked.session(),
                    read.history()));
        } catch (IOException e) {
            damage.add(new Damage(files.snapshot(), ReadProblems.of(e)));
        } catch (Unreadable e) {
            LOG.warn("snapshot {} is damaged", files.snapshot(), e);
            damage.add(new Damage(files.snapshot(), e.reason()));
        }
        boolean usable = damage.isEmpty(); // a snapshot that breaks the invariants is not replayed onto
        JournalText journal = readJournal(files, damage);
        Optional<Replay> replay = snapshot.filter(s -> usable).map(s -> replay(s, journal, files));
        replay.flatMap(Replay::damage).ifPresent(damage::add);
        return new Contents(files, snapshot, replay, List.copyOf(damage), journal.lines().size(), repairs);
    }

    private static JournalText readJournal(SessionFiles files, List<Damage> damage) {
        try {
            return JournalText.read(files.journal());
        } catch (IOException e) {
            damage.add(new Damage(files.journal(), ReadProblems.of(e)));
            return JournalText.EMPTY;
        }
    }

    private Replay replay(Snapshot snapshot, JournalText journal, SessionFiles files) {
        SessionState from = snapshot.state();
        Path file = files.journal();
        SessionState state = from;
        int applied = 0;
        java.time.Instant lastAt = null;
        List<byte[]> lines = journal.lines();
        for (int i = 0; i < lines.size(); i++) {
            byte[] raw = lines.get(i);
            int lineNo = i + 1;
            StoreCodec.SealedLine line;
            try {
                line = codec.readLine(raw, raw.length);
            } catch (Unreadable e) {
                if (i == lines.size() - 1) {
                    LOG.warn("journal {}: last line {} is torn ({}); left out", file, lineNo, e.reason().key());
                    return new Replay(state, applied, lastAt, Optional.empty(), true);
                }
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalLine", lineNo, e.reason()));
            }
            if (line.seq() <= from.seq()) {
                // Already in the snapshot (a crash between snapshot and journal truncation), which was
                // saved after the change was made; a change made later cannot be in it (0082).
                java.time.Instant at = line.at();
                if (at != null && snapshot.savedAt() != null && at.isAfter(snapshot.savedAt())) {
                    return stop(state, applied, lastAt, files.snapshot(), Message.of("store.damage.snapshotAhead",
                            from.seq(), lineNo, line.seq()));
                }
                continue;
            }
            if (line.seq() != state.seq() + 1) {
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalGap", lineNo, state.seq() + 1,
                        line.seq()));
            }
            try {
                JournalEntry entry = codec.entry(line, snapshot.schemaVersion());
                state = state.next(entry);
                applied++;
                lastAt = entry.at();
            } catch (Unreadable e) {
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalLine", lineNo, e.reason()));
            } catch (DomainException e) {
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalApply", lineNo, e.userMessage()));
            } catch (RuntimeException e) {
                LOG.warn("journal {} line {} does not apply", file, lineNo, e);
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalApply", lineNo,
                        Message.of(e instanceof IllegalStateException ? "store.damage.notInHistory" : "store.damage.seeLog")));
            }
        }
        return new Replay(state, applied, lastAt, Optional.empty(), false);
    }

    private static Replay stop(SessionState state, int applied, java.time.Instant lastAt, Path file, Message why) {
        return new Replay(state, applied, lastAt, Optional.of(new Damage(file, why)), false);
    }
}
