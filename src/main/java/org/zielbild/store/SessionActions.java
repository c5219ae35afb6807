package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/**
 * The start screen's actions on a listed session: duplicate, rename, delete, export, import
 * (0023, 0024). Duplicate and export read without the lock (the session may be open elsewhere);
 * rename opens the session; delete takes the lock first.
 */
final class SessionActions {

    private static final Logger LOG = LoggerFactory.getLogger(SessionActions.class);

    private final SessionListing listing;
    private final SessionOpener opener;
    private final NewSessionFolder folders;
    private final SessionExports exports;
    private final SessionReader reader;
    private final Refusals refusals;
    private final Trash trash;
    private final Clock clock;
    private final FileOps ops;

    SessionActions(SessionListing listing, SessionOpener opener, NewSessionFolder folders, SessionExports exports,
                   SessionReader reader, Refusals refusals, Trash trash, Clock clock, FileOps ops) {
        this.listing = listing;
        this.opener = opener;
        this.folders = folders;
        this.exports = exports;
        this.reader = reader;
        this.refusals = refusals;
        this.trash = trash;
        this.clock = clock;
        this.ops = ops;
    }

    /** A copy under a new id and title, with a fresh history and the attachments it refers to. */
    SessionSummary duplicate(SessionSummary source, String newTitle) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(Path.of(source.location()));
        Session original = readClean(files, source.title());
        Session copy = Copies.asNewSession(original, newTitle);
        SessionAttachments from = attachmentsOf(files.folder());
        return listing.summary(new SessionFiles(folders.write(SessionState.fresh(copy),
                building -> CarriedAttachments.copy(copy, from, building, ops, false))));
    }

    /** An undoable change in the session itself; the folder keeps its name. */
    void rename(SessionSummary session, String newTitle) throws SessionUnavailableException {
        try (OpenSession open = opener.open(Path.of(session.location()), Runnable::run, session.title())) {
            SessionService service = open.service();
            service.apply(new EditSessionInfo(Copies.withTitle(service.session().info(), newTitle)));
        } catch (DomainException e) {
            throw new SessionUnavailableException(e.userMessage(), e);
        }
    }

    boolean deleteMovesToTrash() {
        return trash.movesToTrash();
    }

    void delete(SessionSummary session) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(Path.of(session.location()));
        // Only a session nobody has open may go; the lock is released again before the folder moves.
        SessionLock.acquire(files, clock, session.title()).close();
        try {
            trash.remove(files.folder());
            LOG.info("session {} removed ({})", files.folder(), trash.movesToTrash() ? "to the trash" : "deleted");
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.delete.failed", session.title(),
                    IoMessages.of(e, files.folder())), e);
        }
    }

    void exportTo(SessionSummary session, Path file) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(Path.of(session.location()));
        exports.export(readClean(files, session.title()), attachmentsOf(files.folder()), file);
    }

    /** The attachments kept in a session folder, to read (0111). */
    SessionAttachments attachmentsOf(Path sessionFolder) {
        return new FolderAttachments(sessionFolder, ops);
    }

    /**
     * Adds the session in {@code file} with a fresh history; a new id when its id is in the workspace
     * already. The attachments an export carries are checked one by one: one that fails is left out
     * with a message, the session is imported all the same. A {@code session.json} picked inside a
     * session folder brings that folder's attachments; a session whose id is here already (a rescue
     * copy, which carries none) takes the ones it lacks from that session's folder.
     */
    ImportReport importFrom(Path file) throws SessionUnavailableException {
        StoreCodec.ImportedSession read = exports.read(file);
        Session session = read.session();
        String id = session.id();
        Optional<Path> sameId = listing.list().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> Path.of(s.location()));
        if (sameId.isPresent()) {
            session = Copies.withId(session, Ids.newId()); // imported twice: both copies stay apart
        }
        Session imported = session;
        List<Message> leftOut = new ArrayList<>();
        Path beside = file.toAbsolutePath().getParent();
        Path folder = folders.write(SessionState.fresh(imported), building -> {
            if (sameId.isPresent()) { // first: what is here already needs no file's copy
                CarriedAttachments.copy(imported, attachmentsOf(sameId.get()), building, ops, true);
            }
            if (read.export() || beside == null) {
                leftOut.addAll(CarriedAttachments.restore(read.attachments(), building, ops));
            } else {
                leftOut.addAll(CarriedAttachments.copy(imported, attachmentsOf(beside), building, ops, true));
            }
        });
        return new ImportReport(listing.summary(new SessionFiles(folder)), leftOut);
    }

    /**
     * A session folder as stored, read without its lock: the app may have it open (the command
     * line's {@code export} reads it this way). The app may replace the snapshot while we read; the
     * read is then repeated, so it never mixes an old snapshot with a journal already folded into a
     * new one.
     */
    Session readFolder(Path folder) throws SessionUnavailableException {
        SessionFiles files = SessionFiles.existing(folder);
        String name = files.folder().getFileName() == null ? files.folder().toString()
                : files.folder().getFileName().toString();
        for (int attempt = 1; ; attempt++) {
            Object before = snapshotIdentity(files);
            try {
                Session session = readClean(files, name);
                if (before.equals(snapshotIdentity(files))) {
                    return session;
                }
            } catch (SessionUnavailableException e) {
                if (attempt >= 3 || before.equals(snapshotIdentity(files))) {
                    throw e;
                }
            }
            if (attempt >= 3) {
                throw new SessionUnavailableException(Message.of("store.read.busy", files.folder().toString()));
            }
        }
    }

    /** What changes when the snapshot is replaced: the file, its size and its time. */
    private static Object snapshotIdentity(SessionFiles files) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = java.nio.file.Files.readAttributes(files.snapshot(),
                    java.nio.file.attribute.BasicFileAttributes.class);
            return java.util.List.of(String.valueOf(a.fileKey()), a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            return java.util.List.of("unreadable");
        }
    }

    /** A session as stored, without locking (it may be open elsewhere); refused when damaged. */
    private Session readClean(SessionFiles files, String title) throws SessionUnavailableException {
        try {
            SessionReader.Contents c = reader.read(files);
            if (!c.clean()) {
                throw refusals.damaged(c, title);
            }
            return c.replay().orElseThrow().state().session();
        } catch (NewerSchemaException e) {
            throw refusals.newer(title, e);
        }
    }
}
