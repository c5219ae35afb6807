package org.zielbild.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.store.AttachmentFiles;
import org.zielbild.ui.spi.ImageAttachments;

/** The store's way of keeping pictures with an open session (its folder), for the modules. Decision 0131. */
final class StoredImageAttachments implements ImageAttachments {

    private final Path folder;

    private StoredImageAttachments(Path folder) {
        this.folder = folder;
    }

    /** For a session the store opened; {@link ImageAttachments#NONE} for one it did not. */
    static ImageAttachments of(OpenSession open) {
        return AttachmentFiles.folderOf(open).<ImageAttachments>map(StoredImageAttachments::new).orElse(NONE);
    }

    @Override
    public String attach(Path image) throws Refused {
        String file = String.valueOf(image.getFileName());
        try {
            return AttachmentFiles.copyIn(folder, image);
        } catch (AttachmentFiles.NotTaken e) {
            throw new Refused(e.problem() == AttachmentFiles.Problem.TOO_LARGE
                    ? Message.of("attachments.tooLarge", file, AttachmentFiles.MAX_BYTES / (1024 * 1024))
                    : Message.of("attachments.notImage", file));
        } catch (IOException e) {
            throw new Refused(Message.of("attachments.failed", file, String.valueOf(e.getMessage())));
        }
    }

    @Override
    public Optional<String> url(String reference) {
        return AttachmentFiles.resolve(folder, reference).map(p -> p.toUri().toString());
    }
}
