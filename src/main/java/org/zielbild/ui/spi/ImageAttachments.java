package org.zielbild.ui.spi;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.zielbild.domain.Message;

/**
 * Pictures kept with the open session, e.g. a coach's photo: the user picks an image file, it is
 * copied into the session's folder (only the store writes there), and the session keeps a reference
 * to it. The app wires the store's implementation in; a session that has no folder (tests, a session
 * held in memory) gets {@link #NONE}, which says so. Decision 0131 (to be unified with the generic
 * session attachments of issue 11 at merge).
 */
public interface ImageAttachments {

    /** Attaching refused: the file could not be copied; the message says why, in the user's language. */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message reason;

        public Refused(Message reason) {
            super(reason.key());
            this.reason = Objects.requireNonNull(reason);
        }

        public Message reason() {
            return reason;
        }
    }

    /**
     * Copies the image file into the session (the same picture twice is kept once).
     *
     * @return the reference to store in the session
     * @throws Refused when it cannot be copied (too large, unreadable, no room on the disk)
     */
    String attach(Path image) throws Refused;

    /** A URL to load an attached picture from; empty when it is missing (e.g. a folder copied without it). */
    Optional<String> url(String reference);

    /** For sessions without a folder: nothing can be attached, nothing is found. */
    ImageAttachments NONE = new ImageAttachments() {
        @Override
        public String attach(Path image) throws Refused {
            throw new Refused(Message.of("attachments.unavailable"));
        }

        @Override
        public Optional<String> url(String reference) {
            return Optional.empty();
        }
    };
}
