package org.zielbild.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.RescuePlace;

/**
 * Where a session goes when its own folder cannot be written (0084): a place on another disk than
 * the failing one that survives a restart, if there is one; else a folder on the same disk (enough
 * when only the session folder is read-only); a temporary folder only as the last resort, and then
 * the user is told so. A folder the user chose (a USB stick) comes first and is remembered, so that
 * opening the session later finds the copy and offers it.
 */
final class RescuePlaces {

    private static final Logger LOG = LoggerFactory.getLogger(RescuePlaces.class);
    static final String SUFFIX = ".zielbild.json";
    private static final String REMEMBERED = "places.txt";

    /** Which disk a folder is on (its file store), and whether the system empties it on restart. */
    record Disk(Object id, boolean temporary) {
    }

    private final Path appFolder;
    private final List<Path> defaults;
    private final Function<Path, Optional<Disk>> diskOf;
    private final Set<Path> chosen = new LinkedHashSet<>();

    /** The real places: the app's rescue folder, one in the home folder, /var/tmp, the temp folder. */
    static RescuePlaces standard(Path appRescueFolder) {
        List<Path> places = new ArrayList<>();
        places.add(appRescueFolder);
        places.add(Path.of(System.getProperty("user.home"), "Zielbild Studio rescue copies"));
        if (Files.isDirectory(Path.of("/var/tmp"))) {
            places.add(Path.of("/var/tmp", "zielbild-rescue")); // kept across restarts on Linux and macOS
        }
        places.add(Path.of(System.getProperty("java.io.tmpdir"), "zielbild-rescue"));
        return new RescuePlaces(appRescueFolder, places, RescuePlaces::realDisk);
    }

    /** @param defaults the places to try, in this order when they rank alike */
    RescuePlaces(Path appFolder, List<Path> defaults, Function<Path, Optional<Disk>> diskOf) {
        this.appFolder = appFolder;
        this.defaults = List.copyOf(defaults);
        this.diskOf = diskOf;
        readRemembered();
    }

    /** The places to try for a session in {@code sessionFolder}, best first. */
    List<RescuePlace> ranked(Path sessionFolder) {
        List<RescuePlace> out = new ArrayList<>();
        for (Path dir : candidates()) {
            out.add(describe(dir, sessionFolder));
        }
        out.sort(Comparator.comparing((RescuePlace p) -> !p.survivesRestart()).thenComparing(p -> !p.otherDisk()));
        return out;
    }

    /** {@code dir} as a place for copies of the session in {@code sessionFolder}: another disk? kept on restart? */
    RescuePlace describe(Path dir, Path sessionFolder) {
        Optional<Disk> failing = diskOf.apply(sessionFolder);
        Optional<Disk> disk = diskOf.apply(dir);
        boolean other = disk.isPresent() && failing.isPresent() && !disk.get().id().equals(failing.get().id());
        return new RescuePlace(dir.toString(), other, disk.map(d -> !d.temporary()).orElse(true));
    }

    /** No place took the copy: which were tried, and why the last one refused. */
    static final class NoPlace extends IOException {
        final transient List<Path> tried;
        final transient Path lastPlace;

        NoPlace(List<Path> tried, Path lastPlace, IOException last) {
            super("no place took the rescue copy: " + tried, last);
            this.tried = List.copyOf(tried);
            this.lastPlace = lastPlace;
        }
    }

    /**
     * Writes the copy to {@code chosen} (when the user picked a folder), else to the best place that
     * takes it.
     *
     * @return the file written
     * @throws NoPlace when no place took it
     */
    Path write(Path sessionFolder, Path chosenFolder, String fileName, Writer writer) throws NoPlace {
        List<Path> tries = new ArrayList<>();
        if (chosenFolder != null) {
            tries.add(chosenFolder.toAbsolutePath().normalize());
        }
        ranked(sessionFolder).forEach(p -> tries.add(Path.of(p.folder())));
        IOException last = null;
        Path lastPlace = null;
        for (Path dir : new LinkedHashSet<>(tries)) {
            lastPlace = dir;
            try {
                Path file = dir.resolve(fileName);
                writer.write(file);
                if (dir.equals(chosenFolder == null ? null : chosenFolder.toAbsolutePath().normalize())) {
                    remember(dir);
                }
                return file;
            } catch (IOException | RuntimeException e) {
                LOG.error("could not write a rescue copy to {}", dir, e);
                last = e instanceof IOException io ? io : new IOException(e);
            }
        }
        throw new NoPlace(new ArrayList<>(new LinkedHashSet<>(tries)), lastPlace,
                last == null ? new IOException("no place for a rescue copy") : last);
    }

    /** Writes bytes to a file (atomically, forced), so tests can fail it the way a disk does. */
    interface Writer {
        void write(Path file) throws IOException;
    }

    /** Rescue copies of session {@code id} that are newer than {@code since}, newest first. */
    List<RescueCopy> newerThan(String id, Instant since) {
        List<RescueCopy> out = new ArrayList<>();
        for (Path dir : candidates()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> isCopyOf(f, id)).toList()) {
                    Instant at = exportedAt(f).orElse(Files.getLastModifiedTime(f).toInstant());
                    if (since == null || at.isAfter(since)) {
                        out.add(new RescueCopy(f.toString(), at));
                    }
                }
            } catch (IOException e) {
                LOG.debug("rescue folder {} not read", dir, e);
            }
        }
        out.sort(Comparator.comparing(RescueCopy::savedAt).reversed());
        return out;
    }

    /** When the copy was made, by the session's clock (as its {@code exportedAt} says), read from its first bytes. */
    private static Optional<Instant> exportedAt(Path copy) {
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(SafeFiles.head(copy, 4096))) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("exportedAt".equals(field)) {
                    return Optional.of(Instant.parse(p.getText()));
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // not an export as we write it: its file time says
        }
        return Optional.empty();
    }

    private static boolean isCopyOf(Path file, String id) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && name.contains("-" + id + "-") && Files.isRegularFile(file);
    }

    private synchronized List<Path> candidates() {
        Set<Path> all = new LinkedHashSet<>(chosen);
        all.addAll(defaults);
        return new ArrayList<>(all);
    }

    /** A chosen folder is remembered (in the app's rescue folder, when that can be written) to find copies later. */
    private synchronized void remember(Path dir) {
        if (!chosen.add(dir)) {
            return;
        }
        try {
            Files.createDirectories(appFolder);
            Files.writeString(appFolder.resolve(REMEMBERED), dir + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("could not remember the rescue folder {} in {}", dir, appFolder, e);
        }
    }

    private void readRemembered() {
        try {
            byte[] text = SafeFiles.read(appFolder.resolve(REMEMBERED), SafeFiles.MAX_SMALL_BYTES);
            for (String line : new String(text, StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) {
                    chosen.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // none remembered yet
        }
    }

    /**
     * The disk of a folder that may not exist yet (that of its nearest existing parent); temporary
     * when it lives in memory (tmpfs) or in the system's temp folder, which is emptied on restart on
     * many systems ({@code /var/tmp} is kept).
     */
    static Optional<Disk> realDisk(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        boolean inTemp = absolute.startsWith(temp) && !absolute.startsWith("/var/tmp");
        for (Path p = absolute; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    FileStore store = Files.getFileStore(p);
                    String type = store.type().toLowerCase(Locale.ROOT);
                    return Optional.of(new Disk(store, inTemp || type.equals("tmpfs") || type.equals("ramfs")));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
