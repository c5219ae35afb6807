package org.zielbild.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.zielbild.domain.Message;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.AttachmentRefusedException;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.StoredAttachment;

/**
 * The session's attachments as modules reach them (they may not touch files, 0111): copy a picked
 * file into the session, and find a stored one again as a URL to show. Made by the
 * {@link SessionModel}; the store does the file work.
 */
public final class Attachments {

    /** A file now kept with the session: its reference for records, and the name it was picked under. */
    public record Attached(String reference, String fileName) {
    }

    private final SessionAttachments store;

    Attachments(SessionAttachments store) {
        this.store = Objects.requireNonNull(store);
    }

    /**
     * Copies a picture into the session. A refusal (not found, too large, not a picture, the folder
     * cannot be written) goes to {@code problem} in words for the user; null once it went well.
     */
    public Optional<Attached> attachPicture(Path file, Consumer<Message> problem) {
        try {
            StoredAttachment a = store.add(file, AttachmentKind.IMAGE);
            problem.accept(null);
            return Optional.of(new Attached(a.reference(), a.fileName()));
        } catch (AttachmentRefusedException e) {
            problem.accept(e.userMessage());
            return Optional.empty();
        }
    }

    /** The stored file as a URL (for {@code javafx.scene.image.Image}); empty when it is missing. */
    public Optional<String> url(String reference) {
        return store.locate(reference).map(p -> p.toUri().toString());
    }

    /** The largest file a session takes, in bytes. */
    public long maxBytes() {
        return SessionAttachments.MAX_BYTES;
    }
}
