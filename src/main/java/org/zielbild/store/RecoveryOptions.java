package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionState;

/**
 * Every way back a damaged session folder still offers (0081), best first: each readable snapshot
 * (session.json and every backup) with every change the journals (current and kept in backups/)
 * hold after it, in order and without gaps; and each backup as it was. Only states that really
 * existed are offered; each says when it was saved, what it holds (participants, teams, notes)
 * and when its last change was made.
 */
final class RecoveryOptions {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryOptions.class);

    private final StoreCodec codec;
    private final SessionInvariants invariants;

    RecoveryOptions(StoreCodec codec, SessionInvariants invariants) {
        this.codec = codec;
        this.invariants = invariants;
    }

    /** What can be opened instead, and what the user should know about what cannot. */
    record Found(List<RecoveryOption> options, List<Message> notes) {
    }

    /**
     * A snapshot to start from: {@code session.json} ({@code current}) or a backup. An untrusted one
     * (session.json that does not fit the change log) is offered as it was, after all others.
     */
    private record Candidate(Snapshot snapshot, SessionState state, Instant savedAt, boolean current, boolean trusted) {
    }

    /** A candidate with the changes that follow it. */
    private record Chain(Candidate from, SessionState end, int applied, Instant lastAt) {
    }

    /** @param currentTrusted false when session.json does not fit the journal: its numbers are not believed */
    Found find(SessionFiles files, Optional<Snapshot> current, boolean currentTrusted) {
        List<Candidate> candidates = new ArrayList<>();
        current.ifPresent(s -> candidate(s, files.snapshot(), true, currentTrusted).ifPresent(candidates::add));
        for (Path backup : Backups.snapshots(files)) {
            try {
                candidate(codec.readSnapshot(SafeFiles.read(backup, SafeFiles.MAX_SESSION_BYTES)), backup, false, true)
                        .ifPresent(candidates::add);
            } catch (IOException | Unreadable | NewerSchemaException e) {
                LOG.info("backup {} does not read: {}", backup, e.getMessage());
            }
        }
        Map<Long, Integer> versions = new LinkedHashMap<>();
        candidates.stream().filter(Candidate::trusted)
                .forEach(c -> versions.putIfAbsent(c.state().seq(), c.snapshot().schemaVersion()));
        List<Path> journals = new ArrayList<>();
        journals.add(files.journal());
        journals.addAll(Backups.journals(files));
        JournalPool pool = JournalPool.read(codec, journals, versions);

        candidates.sort(Comparator.comparingLong((Candidate c) -> c.state().seq()).reversed());
        List<Chain> chains = new ArrayList<>();
        for (Candidate c : candidates) {
            chains.add(c.trusted() ? chain(c, pool, chains) : new Chain(c, c.state(), 0, null));
        }
        List<Chain> offered = new ArrayList<>();
        for (Chain chain : chains) {
            offer(offered, chain);
            if (chain.applied() > 0 && !chain.from().current()) {
                offer(offered, new Chain(chain.from(), chain.from().state(), 0, null)); // the backup as it was
            }
        }
        offered.sort(Comparator.comparing((Chain c) -> !c.from().trusted())
                .thenComparing(Comparator.comparingLong((Chain c) -> c.end().seq()).reversed())
                .thenComparingInt(Chain::applied));
        List<RecoveryOption> options = offered.stream().map(c -> option(c, files)).toList();
        List<Message> notes = new ArrayList<>();
        long best = offered.stream().filter(c -> c.from().trusted()).mapToLong(c -> c.end().seq()).max().orElse(-1);
        List<Long> unconnected = pool.after(best);
        if (!unconnected.isEmpty()) {
            Optional<Instant> first = pool.at(unconnected.get(0));
            Optional<Instant> last = pool.at(unconnected.get(unconnected.size() - 1));
            notes.add(first.isPresent() && last.isPresent()
                    ? Message.of("store.recover.unconnected", unconnected.size(), Date.from(first.get()), Date.from(last.get()))
                    : Message.of("store.recover.unconnectedUndated", unconnected.size()));
        }
        return new Found(options, notes);
    }

    /** A snapshot as a starting point, repaired where that is safe; none when it breaks the invariants beyond repair. */
    private Optional<Candidate> candidate(Snapshot snapshot, Path file, boolean current, boolean trusted) {
        SessionInvariants.Outcome checked = invariants.check(snapshot.state().session());
        if (checked.refused()) {
            LOG.info("{} breaks the session's invariants: {}", file, checked.problems());
            return Optional.empty();
        }
        SessionState state = checked.repairs().isEmpty() ? snapshot.state()
                : new SessionState(checked.session(), snapshot.state().history(), snapshot.state().seq());
        return Optional.of(new Candidate(snapshot, state, savedAt(snapshot, file), current, trusted));
    }

    /** When the snapshot was saved: its own word, else the file's time (never a made-up date, issue 17 case 6). */
    private static Instant savedAt(Snapshot snapshot, Path file) {
        if (snapshot.savedAt() != null) {
            return snapshot.savedAt();
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Replays the pool's changes after the candidate, for as long as they follow without a gap and
     * apply. Reaching the starting point of a chain worked out already (an older backup reaches a
     * newer one) takes that chain's end instead of replaying it again.
     */
    private static Chain chain(Candidate c, JournalPool pool, List<Chain> done) {
        SessionState state = c.state();
        int applied = 0;
        Instant lastAt = null;
        while (true) {
            if (applied > 0) {
                for (Chain d : done) {
                    if (d.from().state().seq() == state.seq() && d.from().state().equals(state)) {
                        return new Chain(c, d.end(), applied + d.applied(), d.lastAt() != null ? d.lastAt() : lastAt);
                    }
                }
            }
            Optional<JournalEntry> next = pool.entry(state.seq() + 1);
            if (next.isEmpty()) {
                break;
            }
            try {
                state = state.next(next.get());
                applied++;
                lastAt = next.get().at();
            } catch (RuntimeException e) {
                break; // the change does not fit: the chain ends before it
            }
        }
        return new Chain(c, state, applied, lastAt);
    }

    /** Adds the chain unless an option with the same state is offered already (then the shorter way stays). */
    private static void offer(List<Chain> offered, Chain chain) {
        for (int i = 0; i < offered.size(); i++) {
            Chain other = offered.get(i);
            if (other.end().seq() == chain.end().seq() && other.end().equals(chain.end())) {
                if (chain.from().trusted() && chain.applied() < other.applied()) {
                    offered.set(i, chain);
                }
                return;
            }
        }
        offered.add(chain);
    }

    private static RecoveryOption option(Chain chain, SessionFiles files) {
        Candidate from = chain.from();
        Instant saved = from.savedAt();
        Message what;
        if (from.current()) {
            what = chain.applied() > 0 ? Message.of("store.recover.what.latest", chain.applied())
                    : dated("store.recover.what.saved", saved);
        } else {
            what = chain.applied() > 0 ? dated("store.recover.what.backupPlus", saved, chain.applied())
                    : dated("store.recover.what.backup", saved);
        }
        Session s = chain.end().session();
        int participants = s.roster().participants().size();
        int teams = s.roster().teams().size();
        int notes = s.boards().notes().size();
        Message holds = chain.lastAt() != null
                ? Message.of("store.recover.holdsUntil", participants, teams, notes, Date.from(chain.lastAt()))
                : Message.of("store.recover.holds", participants, teams, notes);
        return new RecoveryOption(from.current() ? RecoveryOption.Kind.JOURNAL : RecoveryOption.Kind.BACKUP,
                Message.of("store.recover.option", what, holds), chain.end(), files.folder().toString());
    }

    /**
     * {@code key} with the moment first (the UI formats it in its language), or {@code key + "Undated"}
     * without it when the moment is unknown: never a made-up date such as 1 January 1970.
     */
    private static Message dated(String key, Instant at, Object... more) {
        if (at == null) {
            return Message.of(key + "Undated", more);
        }
        Object[] args = new Object[more.length + 1];
        args[0] = Date.from(at);
        System.arraycopy(more, 0, args, 1, more.length);
        return Message.of(key, args);
    }
}
