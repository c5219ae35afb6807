package org.zielbild.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.zielbild.domain.Message;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.AttachmentRefusedException;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.StoredAttachment;

/** Attachments in a temporary folder, checked like the store's (size, first bytes), for view tests. */
public final class TempAttachments implements SessionAttachments {

    private final Path folder;
    private int n;

    public TempAttachments(Path folder) {
        this.folder = folder;
    }

    @Override
    public StoredAttachment add(Path source, AttachmentKind kind) throws AttachmentRefusedException {
        String name = source.getFileName().toString();
        try {
            if (!Files.isRegularFile(source)) {
                throw new AttachmentRefusedException(Message.of("store.attach.notFound", name));
            }
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw new AttachmentRefusedException(Message.of("store.attach.tooLarge", name, size / 1048576.0,
                        MAX_BYTES / 1048576.0));
            }
            byte[] head;
            try (var in = Files.newInputStream(source)) {
                head = in.readNBytes(AttachmentKind.HEAD);
            }
            String ext = kind.extensionOf(Arrays.copyOf(head, head.length))
                    .orElseThrow(() -> new AttachmentRefusedException(Message.of("store.attach.notImage", name)));
            String ref = String.format("%032x.%s", ++n, ext);
            Files.createDirectories(folder);
            Files.copy(source, folder.resolve(ref));
            return new StoredAttachment(ref, name, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> locate(String reference) {
        Path p = folder.resolve(reference);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
