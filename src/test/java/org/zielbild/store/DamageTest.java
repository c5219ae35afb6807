package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionUnavailableException;

/**
 * A sample session (snapshot, journal, backups, a stale lock: the files as a crash leaves them)
 * damaged in every way we can think of. Opening must recover or report every case, crash in none,
 * never show a state that was not real, and never change a damaged file.
 */
class DamageTest {

    private static final long SEED = 20261123L;

    @TempDir
    static Path home;
    private static Path pristine;
    /** Every state the sample went through, by seq: an opened session must be one of them. */
    private static final Map<Long, SessionState> STATES = new HashMap<>();
    private static long lastSeq;
    private static int caseNo;

    @BeforeAll
    static void makeSample() throws Exception {
        JournalPolicy compactOften = StoreTestSupport.FAST.withCompactAfterLines(15);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"), FileOps.REAL, compactOften);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        RandomWorkload work = new RandomWorkload(SEED);
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Damage sample"), fx)) {
            SessionService service = open.service();
            Path folder = Path.of(open.location());
            STATES.put(0L, service.state());
            for (int i = 0; i < 60 || Files.size(folder.resolve("journal.jsonl")) < 600; i++) {
                work.step(service);
                STATES.put(service.state().seq(), service.state());
                if (i % 10 == 0) {
                    fx.awaitSaved(service);
                    StoreTestSupport.sleep(20); // let background snapshots land, so there are backups
                }
            }
            fx.awaitSaved(service);
            lastSeq = service.state().seq();
            pristine = home.resolve("pristine-0");
            copyTree(folder, pristine); // the files as a crash right now would leave them
            // A background compaction may empty the journal just before the copy (seen under load):
            // then a few more changes and a fresh copy, so that the sample has a journal to damage.
            for (int attempt = 1; attempt < 20 && Files.size(pristine.resolve("journal.jsonl")) <= 300; attempt++) {
                for (int i = 0; i < 8; i++) {
                    work.step(service);
                    STATES.put(service.state().seq(), service.state());
                }
                fx.awaitSaved(service);
                lastSeq = service.state().seq();
                pristine = home.resolve("pristine-" + attempt);
                copyTree(folder, pristine);
            }
        }
        assertThat(Backups.snapshots(new SessionFiles(pristine))).as("sample has backups").isNotEmpty();
        assertThat(Files.size(pristine.resolve("journal.jsonl"))).as("sample has a journal").isGreaterThan(300);
    }

    @Test
    void theUndamagedSampleOpensWithEverything() throws Exception {
        Outcome o = open(fresh(), "pristine");
        assertThat(o.state).isEqualTo(STATES.get(lastSeq));
        assertThat(o.notes).isEmpty();
    }

    @Test
    void aSnapshotCutAtAnyOffsetIsReportedWithABackupToOpen() throws Exception {
        for (long offset : offsets(Files.size(pristine.resolve("session.json")))) {
            Path folder = fresh();
            truncate(folder.resolve("session.json"), offset);
            Outcome o = open(folder, "session.json cut at " + offset);
            if (o.damaged != null) {
                assertThat(o.damaged.problems()).isNotEmpty();
                assertThat(o.damaged.options()).extracting(RecoveryOption::kind).contains(RecoveryOption.Kind.BACKUP);
            } else {
                assertThat(offset).as("only a lost final newline is harmless").isEqualTo(Files.size(pristine.resolve("session.json")) - 1);
            }
        }
    }

    @Test
    void aJournalCutAtAnyOffsetOpensWithEveryWholeLine() throws Exception {
        long size = Files.size(pristine.resolve("journal.jsonl"));
        for (long offset : offsets(size)) {
            Path folder = fresh();
            truncate(folder.resolve("journal.jsonl"), offset);
            Outcome o = open(folder, "journal.jsonl cut at " + offset);
            assertThat(o.damaged).as("cut at %d", offset).isNull();
            byte[] journal = Files.readAllBytes(pristine.resolve("journal.jsonl"));
            // A line cut just before its newline is complete and kept; any other cut inside a line is torn.
            boolean midLine = offset > 0 && journal[(int) offset - 1] != '\n' && journal[(int) offset] != '\n';
            assertThat(!o.notes.isEmpty()).as("torn note when cut at %d", offset).isEqualTo(midLine);
            assertThat(o.state.seq()).as("cut at %d", offset).isLessThanOrEqualTo(lastSeq);
        }
    }

    @Test
    void flippedBytesAreNeverTakenForData() throws Exception {
        Random random = new Random(SEED);
        int opened = 0;
        int damaged = 0;
        for (int i = 0; i < 120; i++) {
            Path folder = fresh();
            Path file = folder.resolve(random.nextBoolean() ? "session.json" : "journal.jsonl");
            byte[] bytes = Files.readAllBytes(file);
            int at = random.nextInt(bytes.length);
            int mask = 1 << random.nextInt(8);
            if (random.nextInt(4) == 0) {
                mask = 1 + random.nextInt(255); // a whole garbled byte now and then
            }
            bytes[at] = (byte) (bytes[at] ^ mask);
            Files.write(file, bytes);
            Outcome o = open(folder, file.getFileName() + " flipped at " + at + " with " + mask);
            if (o.damaged == null) {
                opened++;
            } else {
                damaged++;
            }
        }
        assertThat(opened + damaged).isEqualTo(120);
        assertThat(damaged).as("most flips are damage").isGreaterThan(50);
    }

    @Test
    void eachFileDeletedInTurnIsReportedOrHarmless() throws Exception {
        for (String name : List.of("session.json", "journal.jsonl", "backups", ".lock", "lock-info.json")) {
            Path folder = fresh();
            Path target = folder.resolve(name);
            if (Files.isDirectory(target)) {
                SystemTrash.deleteTree(target);
            } else {
                Files.delete(target);
            }
            Outcome o = open(folder, name + " deleted");
            switch (name) {
                case "session.json" -> {
                    assertThat(o.damaged.options()).extracting(RecoveryOption::kind).containsOnly(RecoveryOption.Kind.BACKUP);
                    // The journals kept in backups/ connect the backup to every later change (0081).
                    assertThat(o.damaged.options().get(0).state()).isEqualTo(STATES.get(lastSeq));
                }
                case "journal.jsonl" -> assertThat(o.damaged.options()).extracting(RecoveryOption::kind)
                        .startsWith(RecoveryOption.Kind.JOURNAL);
                default -> assertThat(o.state).isEqualTo(STATES.get(lastSeq));
            }
        }
    }

    @Test
    void aDamagedJournalLineInTheMiddleOffersWhatCameBefore() throws Exception {
        Path folder = fresh();
        byte[] bytes = Files.readAllBytes(folder.resolve("journal.jsonl"));
        int secondLine = indexOf(bytes, (byte) '\n', 0) + 1;
        bytes[secondLine + 5] = (byte) 'X';
        Files.write(folder.resolve("journal.jsonl"), bytes);
        Outcome o = open(folder, "second line garbled");
        RecoveryOption journal = o.damaged.options().get(0);
        assertThat(journal.kind()).isEqualTo(RecoveryOption.Kind.JOURNAL);
        assertThat(o.damaged.problems().get(0).args().get(0).toString()).endsWith("journal.jsonl");
        // Choosing it makes a new session; the damaged folder stays as it was.
        Map<Path, Snapshot> before = snapshotOf(folder);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession recovered = library.openRecovered(journal, "Damage sample (recovered)", fx)) {
            assertThat(Path.of(recovered.location())).isNotEqualTo(folder);
            SessionState s = recovered.service().state();
            assertThat(s.session().info().title()).isEqualTo("Damage sample (recovered)");
            assertThat(s.session().agenda()).isEqualTo(journal.state().session().agenda());
            assertThat(s.history()).isEqualTo(journal.state().history());
        }
        assertThat(snapshotOf(folder)).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    private record Outcome(SessionState state, List<org.zielbild.domain.Message> notes, SessionDamagedException damaged) {
    }

    /**
     * Opens (and closes) the folder; checks the invariants every case must keep, and returns what
     * happened.
     */
    private static Outcome open(Path folder, String what) throws IOException {
        Map<Path, Snapshot> before = snapshotOf(folder);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Outcome outcome;
        try (OpenSession open = library.openFolder(folder, fx)) {
            SessionState state = open.service().state();
            assertThat(STATES.get(state.seq())).as("%s: opened state must be one that was real", what).isEqualTo(state);
            outcome = new Outcome(state, open.notes(), null);
        } catch (SessionDamagedException e) {
            outcome = new Outcome(null, List.of(), e);
            assertThat(e.problems()).as(what).isNotEmpty();
            for (RecoveryOption option : e.options()) {
                assertThat(STATES.get(option.state().seq())).as("%s: %s", what, option.kind()).isEqualTo(option.state());
            }
            assertThat(snapshotOf(folder)).as("%s: a damaged session is not touched", what).isEqualTo(before);
        } catch (SessionUnavailableException e) {
            fail(what + ": refused with " + e.userMessage());
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": crashed", e);
        }
        assertNothingChangedInPlace(before, folder, what);
        return outcome;
    }

    /** Every file that was there is still there byte for byte (mtime too), in place or moved to backups/. */
    private static void assertNothingChangedInPlace(Map<Path, Snapshot> before, Path folder, String what) throws IOException {
        Map<Path, Snapshot> after = snapshotOf(folder);
        List<Snapshot> backups = after.entrySet().stream()
                .filter(e -> e.getKey().startsWith("backups")).map(Map.Entry::getValue).toList();
        before.forEach((file, old) -> {
            boolean inPlace = old.equals(after.get(file));
            assertThat(inPlace || backups.contains(old)).as("%s: %s kept", what, file).isTrue();
        });
    }

    /** A file's content (as a digest) and modification time. */
    private record Snapshot(String sha256, long size, FileTime modified) {
    }

    private static Map<Path, Snapshot> snapshotOf(Path folder) throws IOException {
        Map<Path, Snapshot> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !isLockFile(p)).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.put(folder.relativize(p), new Snapshot(sha256(bytes), bytes.length, Files.getLastModifiedTime(p)));
            }
        }
        return files;
    }

    /** The lock and its info file are the app's, not the session's: taking over a stale lock rewrites them. */
    private static boolean isLockFile(Path p) {
        String name = p.getFileName().toString();
        return name.equals(".lock") || name.equals("lock-info.json");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every offset of the last 200 bytes and 50 random ones. */
    private static List<Long> offsets(long size) {
        List<Long> out = new ArrayList<>();
        for (long o = Math.max(0, size - 200); o < size; o++) {
            out.add(o);
        }
        Random random = new Random(SEED + size);
        for (int i = 0; i < 50; i++) {
            out.add((long) random.nextInt((int) size));
        }
        return out;
    }

    private static Path fresh() throws IOException {
        Path copy = home.resolve("case-" + (caseNo++));
        copyTree(pristine, copy);
        return copy;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Copies a session folder. The journal goes first: a background compaction may run meanwhile, and
     * a snapshot at least as new as the copied journal's start is exactly what a crash can leave.
     */
    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (Files.exists(from.resolve("journal.jsonl"))) {
            Files.copy(from.resolve("journal.jsonl"), to.resolve("journal.jsonl"), StandardCopyOption.COPY_ATTRIBUTES);
        }
        List<Path> entries;
        try (Stream<Path> all = Files.list(from)) {
            entries = all.toList();
        }
        for (Path p : entries) {
            Path target = to.resolve(p.getFileName().toString());
            if (Files.isDirectory(p)) {
                copyTree(p, target);
            } else if (!p.getFileName().toString().endsWith(".tmp") && !Files.exists(target)) {
                try {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // a file the open session just replaced: the crash image simply does not have it
                }
            }
        }
    }
}
