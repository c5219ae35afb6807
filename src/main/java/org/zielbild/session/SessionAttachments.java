package org.zielbild.session;

import java.nio.file.Path;
import java.util.Optional;
import org.zielbild.domain.Message;

/**
 * Files a session keeps beside its records: a statement's picture, later a coach's photo. Only the
 * store touches session files, so modules reach this through {@code ui.common.SessionModel}; records
 * store the {@link StoredAttachment#reference()} (docs/decisions/0111).
 *
 * <p>Attachments are never changed or deleted once stored (the same content is stored once), so undo,
 * the journal and the backups' snapshots can all refer to them.
 */
public interface SessionAttachments {

    /** The largest file a session takes: a photo from a phone fits, a video does not. */
    long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Copies a file the user picked into the session (durably, before it returns).
     *
     * @throws AttachmentRefusedException with a message for the user: not found, too large, not of
     *                                    {@code kind}, unreadable, or the session folder cannot be written
     */
    StoredAttachment add(Path source, AttachmentKind kind) throws AttachmentRefusedException;

    /** The stored file, to read; empty when the session has no such attachment. */
    Optional<Path> locate(String reference);

    /** For sessions that keep no files (in memory): every attempt is refused with a message. */
    SessionAttachments NONE = new SessionAttachments() {
        @Override
        public StoredAttachment add(Path source, AttachmentKind kind) throws AttachmentRefusedException {
            throw new AttachmentRefusedException(Message.of("attach.unavailable"));
        }

        @Override
        public Optional<Path> locate(String reference) {
            return Optional.empty();
        }
    };
}
