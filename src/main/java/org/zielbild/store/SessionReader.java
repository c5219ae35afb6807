package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    SessionReader(StoreCodec codec) {
        this.codec = codec;
    }

    /**
     * What a folder holds.
     *
     * @param snapshot       the snapshot, or empty when it is missing or damaged
     * @param replay         the journal replayed onto the snapshot (empty without a snapshot)
     * @param damage         every problem found; empty when the session can be opened as it is
     * @param journalLines   how many complete lines the journal had (0 when missing)
     */
    record Contents(SessionFiles files, Optional<Snapshot> snapshot, Optional<Replay> replay, List<Damage> damage,
                    int journalLines) {

        boolean clean() {
            return damage.isEmpty() && replay.isPresent();
        }
    }

    Contents read(SessionFiles files) throws NewerSchemaException {
        List<Damage> damage = new ArrayList<>();
        Optional<Snapshot> snapshot = Optional.empty();
        try {
            snapshot = Optional.of(codec.readSnapshot(Files.readAllBytes(files.snapshot())));
        } catch (NoSuchFileException e) {
            damage.add(new Damage(files.snapshot(), Message.of("store.damage.missing")));
        } catch (IOException e) {
            damage.add(new Damage(files.snapshot(), Message.of("store.damage.unreadable", String.valueOf(e.getMessage()))));
        } catch (Unreadable e) {
            LOG.warn("snapshot {} is damaged", files.snapshot(), e);
            damage.add(new Damage(files.snapshot(), e.reason()));
        }
        Journal journal = readJournal(files, damage);
        Optional<Replay> replay = snapshot.map(s -> replay(s.state(), s.schemaVersion(), journal, files.journal()));
        replay.flatMap(Replay::damage).ifPresent(damage::add);
        return new Contents(files, snapshot, replay, List.copyOf(damage), journal.lines().size());
    }

    /** The newest backup that reads, with whatever of the journal connects to it. */
    Optional<Replay> newestGoodBackup(SessionFiles files) {
        Journal journal = readJournal(files, new ArrayList<>());
        for (Path backup : Backups.snapshots(files)) {
            try {
                Snapshot s = codec.readSnapshot(Files.readAllBytes(backup));
                Replay r = replay(s.state(), s.schemaVersion(), journal, files.journal());
                // A backup is older than the journal's start more often than not: then it stands alone.
                return Optional.of(r.damage().isPresent() ? new Replay(s.state(), 0, s.savedAt(), Optional.empty(), false) : r);
            } catch (IOException | Unreadable | NewerSchemaException e) {
                LOG.info("backup {} does not read: {}", backup, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The journal's lines split off, plus whether the file was there. */
    private record Journal(List<byte[]> lines, boolean lastTerminated, boolean present) {
    }

    private static Journal readJournal(SessionFiles files, List<Damage> damage) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(files.journal());
        } catch (NoSuchFileException e) {
            damage.add(new Damage(files.journal(), Message.of("store.damage.missing")));
            return new Journal(List.of(), true, false);
        } catch (IOException e) {
            damage.add(new Damage(files.journal(), Message.of("store.damage.unreadable", String.valueOf(e.getMessage()))));
            return new Journal(List.of(), true, false);
        }
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        boolean terminated = start == bytes.length;
        if (!terminated) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return new Journal(lines, terminated, true);
    }

    private Replay replay(SessionState from, int version, Journal journal, Path file) {
        SessionState state = from;
        int applied = 0;
        java.time.Instant lastAt = null;
        List<byte[]> lines = journal.lines();
        for (int i = 0; i < lines.size(); i++) {
            byte[] raw = lines.get(i);
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            int lineNo = i + 1;
            StoreCodec.SealedLine line;
            try {
                line = codec.readLine(raw, length);
            } catch (Unreadable e) {
                if (i == lines.size() - 1) {
                    LOG.warn("journal {}: last line {} is torn ({}); left out", file, lineNo, e.reason().key());
                    return new Replay(state, applied, lastAt, Optional.empty(), true);
                }
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalLine", lineNo, e.reason()));
            }
            if (line.seq() <= from.seq()) {
                continue; // already in the snapshot (a crash between snapshot and journal truncation)
            }
            if (line.seq() != state.seq() + 1) {
                return stop(state, applied, lastAt, file, Message.of("store.damage.journalGap", lineNo, state.seq() + 1,
                        line.seq()));
            }
            try {
                JournalEntry entry = codec.entry(line, version);
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
                        Message.of("store.damage.detail", String.valueOf(e.getMessage()))));
            }
        }
        return new Replay(state, applied, lastAt, Optional.empty(), false);
    }

    private static Replay stop(SessionState state, int applied, java.time.Instant lastAt, Path file, Message why) {
        return new Replay(state, applied, lastAt, Optional.of(new Damage(file, why)), false);
    }
}
