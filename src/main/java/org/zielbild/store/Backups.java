package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code backups/} folder: earlier snapshots ({@code session-<seq>-<time>.json}) and journals
 * that were set aside on opening ({@code journal-<time>.jsonl}). The newest {@link #KEEP} of each
 * kind are kept.
 */
final class Backups {

    static final int KEEP = 10;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    static Path snapshotName(SessionFiles files, long seq, Instant at) {
        return files.backups().resolve(String.format("session-%010d-%s.json", seq, STAMP.format(at)));
    }

    /** A name not taken yet (two openings within the same millisecond get -2, -3, ...). */
    static Path journalName(SessionFiles files, Instant at, String why) {
        String base = "journal-" + STAMP.format(at) + "-" + why;
        Path name = files.backups().resolve(base + ".jsonl");
        for (int n = 2; java.nio.file.Files.exists(name); n++) {
            name = files.backups().resolve(base + "-" + n + ".jsonl");
        }
        return name;
    }

    /** Snapshot backups, newest first (the names sort by sequence number, then time). */
    static List<Path> snapshots(SessionFiles files) {
        return list(files, "session-", ".json");
    }

    static List<Path> journals(SessionFiles files) {
        return list(files, "journal-", ".jsonl");
    }

    /** Makes {@code backups/} when it is missing; never the session folder itself. */
    static void ensureFolder(SessionFiles files, FileOps ops) throws IOException {
        if (!Files.isDirectory(files.backups())) {
            try {
                ops.createSubfolder(files.backups());
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile
            }
        }
    }

    /** Deletes all but the newest {@link #KEEP} backups of each kind; failures only leave extra backups. */
    static void prune(SessionFiles files, FileOps ops) {
        for (List<Path> kind : List.of(snapshots(files), journals(files))) {
            for (Path old : kind.subList(Math.min(KEEP, kind.size()), kind.size())) {
                try {
                    ops.delete(old);
                } catch (IOException e) {
                    // tried again after the next snapshot
                }
            }
        }
    }

    private static List<Path> list(SessionFiles files, String prefix, String suffix) {
        if (!Files.isDirectory(files.backups())) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(files.backups())) {
            return all.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(suffix);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
