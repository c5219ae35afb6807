package org.zielbild.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionUnavailableException;

/**
 * A new session folder in the workspace (created, duplicated, imported, recovered), complete or
 * not at all: written under a hidden name, forced, then renamed into place.
 */
final class NewSessionFolder {

    private static final Logger LOG = LoggerFactory.getLogger(NewSessionFolder.class);
    private static final String NEW_PREFIX = ".new-";

    private final Path workspace;
    private final StoreCodec codec;
    private final FileOps ops;
    private final Clock clock;

    NewSessionFolder(Path workspace, StoreCodec codec, FileOps ops, Clock clock) {
        this.workspace = workspace;
        this.codec = codec;
        this.ops = ops;
        this.clock = clock;
    }

    /** Writes {@code state} as a new session folder (a snapshot and an empty journal) and returns the folder. */
    Path write(SessionState state) throws SessionUnavailableException {
        return write(state, building -> { });
    }

    /** Something more the new folder holds (its attachments), written before the folder is moved into place. */
    @FunctionalInterface
    interface Contents {
        void writeInto(Path building) throws IOException;
    }

    /** As {@link #write(SessionState)}, with {@code contents} written into the folder first: all of it or none. */
    Path write(SessionState state, Contents contents) throws SessionUnavailableException {
        Session session = state.session();
        Path folder = FolderNames.newFolder(workspace, session.info().title(), session.id());
        Path building = workspace.resolve(NEW_PREFIX + session.id() + "-" + Long.toHexString(System.nanoTime()));
        try {
            ops.createDirectories(building);
            SessionFiles files = new SessionFiles(building);
            new SnapshotWriter(files, codec, ops, clock, LockGuard.NONE).write(state);
            try (FileChannel journal = ops.createNew(files.journal())) {
                journal.force(true);
            }
            contents.writeInto(building);
            ops.forceDirectory(building);
            ops.atomicMove(building, folder);
            ops.forceDirectory(workspace);
            return folder;
        } catch (IOException e) {
            try {
                if (Files.exists(building)) {
                    SystemTrash.deleteTree(building);
                }
            } catch (IOException cleanup) {
                LOG.debug("could not clean up {}", building, cleanup);
            }
            throw new SessionUnavailableException(Message.of("store.create.failed", IoMessages.of(e, workspace)), e);
        }
    }
}
