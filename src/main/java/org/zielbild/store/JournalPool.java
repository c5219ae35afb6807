package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.JournalEntry;

/**
 * Every intact journal line a damaged session folder still has, by sequence number: the current
 * journal's and those kept in backups/ (one file per compaction or opening, 0081). One session's
 * history is linear, so a number stands for one change wherever it is found; the current journal
 * wins, then the newest backup. Damaged lines are simply not in the pool: a chain of changes stops
 * where its next number is missing.
 */
final class JournalPool {

    private static final Logger LOG = LoggerFactory.getLogger(JournalPool.class);

    private final StoreCodec codec;
    private final NavigableMap<Long, StoreCodec.SealedLine> lines = new TreeMap<>();
    /** Schema version of the snapshot each run of lines follows, by the first seq it applies to. */
    private final NavigableMap<Long, Integer> versions = new TreeMap<>();
    private final Map<Long, Optional<JournalEntry>> entries = new HashMap<>();

    private JournalPool(StoreCodec codec) {
        this.codec = codec;
    }

    /**
     * @param journals    the current journal first, then the backups, newest first
     * @param snapshots   (seq, schema version) of every readable snapshot, to read each line in its version
     */
    static JournalPool read(StoreCodec codec, List<Path> journals, Map<Long, Integer> snapshots) {
        JournalPool pool = new JournalPool(codec);
        snapshots.forEach((seq, version) -> pool.versions.put(seq + 1, version));
        for (Path journal : journals) {
            JournalText text;
            try {
                text = JournalText.read(journal);
            } catch (IOException e) {
                LOG.info("journal {} does not read: {}", journal, e.getMessage());
                continue;
            }
            for (byte[] raw : text.lines()) {
                try {
                    StoreCodec.SealedLine line = codec.readLine(raw, raw.length);
                    pool.lines.putIfAbsent(line.seq(), line);
                } catch (Unreadable e) {
                    // a damaged or torn line is not part of any chain
                }
            }
        }
        return pool;
    }

    /** The change with this number, mapped once; empty when there is none or it does not read. */
    Optional<JournalEntry> entry(long seq) {
        return entries.computeIfAbsent(seq, s -> {
            StoreCodec.SealedLine line = lines.get(s);
            if (line == null) {
                return Optional.empty();
            }
            Map.Entry<Long, Integer> version = versions.floorEntry(s);
            try {
                return Optional.of(codec.entry(line, version == null ? codec.currentVersion() : version.getValue()));
            } catch (Unreadable e) {
                return Optional.empty();
            }
        });
    }

    /** Lines with a number above {@code seq}: changes no recovered state holds. */
    List<Long> after(long seq) {
        return new ArrayList<>(lines.tailMap(seq, false).keySet());
    }

    /** When the change with this number was made, if its line says. */
    Optional<Instant> at(long seq) {
        StoreCodec.SealedLine line = lines.get(seq);
        return line == null ? Optional.empty() : Optional.ofNullable(line.at());
    }
}
