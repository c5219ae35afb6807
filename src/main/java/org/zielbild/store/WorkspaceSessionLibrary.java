package org.zielbild.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Session;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/**
 * The sessions in a workspace folder, one folder per session ({@code session.json},
 * {@code journal.jsonl}, {@code backups/}, a lock). Every change is journaled as it happens;
 * see docs/store.md for the layout and the guarantees.
 *
 * <p>The parts: {@link SessionListing} (the list), {@link NewSessionFolder} (a new folder, whole or
 * not at all), {@link SessionOpener} (opening for work), {@link SessionActions} (duplicate, rename,
 * delete, export, import) and {@link SessionExports} (single files and rescue copies).
 */
public final class WorkspaceSessionLibrary implements SessionLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSessionLibrary.class);

    private final StoreCodec codec;
    private final Path workspace;
    private final SessionListing listing;
    private final NewSessionFolder folders;
    private final SessionOpener opener;
    private final SessionActions actions;
    private final SessionExports exports;
    /** Where the sessions opened or read through this library live, by id: their exports carry their attachments. */
    private final Map<String, Path> folderOf = new ConcurrentHashMap<>();

    /**
     * @param rescueFolder where a copy goes when a session is closed while its folder cannot be written
     */
    public WorkspaceSessionLibrary(Path workspace, Path rescueFolder, Clock clock) {
        this(workspace, RescuePlaces.standard(rescueFolder), clock, FileOps.REAL, JournalPolicy.DEFAULT, new SystemTrash(),
                Migrations.standard());
    }

    /** For tests: rescue copies only in {@code rescueFolder}. */
    WorkspaceSessionLibrary(Path workspace, Path rescueFolder, Clock clock, FileOps ops, JournalPolicy policy, Trash trash,
                            Migrations migrations) {
        this(workspace, new RescuePlaces(rescueFolder, List.of(rescueFolder), RescuePlaces::realDisk), clock, ops, policy,
                trash, migrations);
    }

    WorkspaceSessionLibrary(Path workspace, RescuePlaces rescuePlaces, Clock clock, FileOps ops, JournalPolicy policy,
                            Trash trash, Migrations migrations) {
        this.workspace = workspace.toAbsolutePath().normalize();
        StoreCodec codec = new StoreCodec(migrations);
        this.codec = codec;
        SessionReader reader = new SessionReader(codec);
        Refusals refusals = new Refusals(codec, reader);
        SessionExports exports = new SessionExports(codec, refusals, ops, clock, rescuePlaces);
        this.listing = new SessionListing(this.workspace, codec);
        this.folders = new NewSessionFolder(this.workspace, codec, ops, clock);
        this.opener = new SessionOpener(codec, reader, refusals, ops, policy, clock, exports);
        this.actions = new SessionActions(listing, opener, folders, exports, reader, refusals, trash, clock, ops);
        this.exports = exports;
    }

    public Path workspace() {
        return workspace;
    }

    @Override
    public List<SessionSummary> list() {
        return listing.list();
    }

    @Override
    public void prepareToOpen() {
        codec.prepare();
    }

    @Override
    public OpenSession create(Session session, Executor callbacks) throws SessionUnavailableException {
        return remembered(folders.write(SessionState.fresh(session)), callbacks, session.info().title());
    }

    @Override
    public OpenSession open(SessionSummary summary, Executor callbacks) throws SessionUnavailableException {
        return remembered(Path.of(summary.location()), callbacks, summary.title());
    }

    @Override
    public OpenSession openFolder(Path folder, Executor callbacks) throws SessionUnavailableException {
        return remembered(folder, callbacks, folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
    }

    private OpenSession remembered(Path folder, Executor callbacks, String title) throws SessionUnavailableException {
        OpenSession open = opener.open(folder, callbacks, title);
        folderOf.put(open.service().session().id(), folder);
        return open;
    }

    /** What the user chose to recover from a damaged session, as a new session with its history (0022). */
    @Override
    public OpenSession openRecovered(RecoveryOption option, String newTitle, Executor callbacks)
            throws SessionUnavailableException {
        SessionState recovered = option.state();
        Session session = Copies.asNewSession(recovered.session(), newTitle);
        Path folder = folders.write(new SessionState(session, recovered.history(), recovered.seq()));
        LOG.info("recovered {} from {} into {}", option.kind(), option.source(), folder);
        return remembered(folder, callbacks, newTitle);
    }

    @Override
    public SessionSummary duplicate(SessionSummary source, String newTitle) throws SessionUnavailableException {
        return actions.duplicate(source, newTitle);
    }

    @Override
    public void rename(SessionSummary session, String newTitle) throws SessionUnavailableException {
        actions.rename(session, newTitle);
    }

    @Override
    public boolean deleteMovesToTrash() {
        return actions.deleteMovesToTrash();
    }

    @Override
    public void delete(SessionSummary session) throws SessionUnavailableException {
        actions.delete(session);
    }

    @Override
    public void exportTo(SessionSummary session, Path file) throws SessionUnavailableException {
        actions.exportTo(session, file);
    }

    @Override
    public SessionSummary importFrom(Path file) throws SessionUnavailableException {
        return actions.importFrom(file).summary();
    }

    @Override
    public ImportReport importSession(Path file) throws SessionUnavailableException {
        return actions.importFrom(file);
    }

    /** Writes {@code session} with the attachments its folder keeps (one opened or read here, or in the workspace). */
    @Override
    public void exportSession(Session session, Path file) throws SessionUnavailableException {
        Path folder = folderOf.get(session.id());
        if (folder == null) {
            folder = listing.list().stream().filter(s -> s.id().equals(session.id())).findFirst()
                    .map(s -> Path.of(s.location())).orElse(null);
        }
        exports.export(session, folder == null ? SessionAttachments.NONE : actions.attachmentsOf(folder), file);
    }

    /**
     * A session folder (anywhere, not only in this workspace) as stored, read without taking its
     * lock, so it may be open in the app meanwhile; refused when damaged or newer (the minutes
     * command reads sessions this way).
     */
    public Session readFolder(Path folder) throws SessionUnavailableException {
        Session session = actions.readFolder(folder);
        folderOf.put(session.id(), folder);
        return session;
    }
}
