package org.zielbild.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.AttachmentRefusedException;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.StoredAttachment;

/**
 * A session folder's attachments: {@code attachments/<content hash>.<ext>}. A file is checked (size
 * first, then its first bytes), copied to a temp file while its hash is taken, forced to disk and
 * moved into place atomically; the same content is stored once and never changed again (0111).
 */
final class FolderAttachments implements SessionAttachments {

    static final String FOLDER = "attachments";
    private static final Logger LOG = LoggerFactory.getLogger(FolderAttachments.class);
    /** What {@link #add} names its files: the first 16 bytes of the SHA-256 in hex and the kind's extension. */
    static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{32}\\.(png|jpg|gif|bmp)");
    private static final double MB = 1024.0 * 1024.0;

    private final Path folder;
    private final FileOps ops;

    FolderAttachments(Path sessionFolder, FileOps ops) {
        this.folder = sessionFolder.resolve(FOLDER);
        this.ops = ops;
    }

    @Override
    public StoredAttachment add(Path source, AttachmentKind kind) throws AttachmentRefusedException {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        String extension = check(source, name, kind);
        Path temp = null;
        try {
            ops.createDirectories(folder);
            temp = folder.resolve(Long.toHexString(System.nanoTime()) + SessionFiles.TEMP_SUFFIX);
            String hash = copy(source, temp, name);
            String reference = hash + "." + extension;
            Path target = folder.resolve(reference);
            long size = Files.size(temp);
            if (Files.exists(target)) {
                ops.delete(temp);
            } else {
                AtomicReplace.move(ops, temp, target);
                ops.forceDirectory(folder);
            }
            return new StoredAttachment(reference, name, size);
        } catch (AttachmentRefusedException e) {
            deleteQuietly(temp);
            throw e;
        } catch (IOException e) {
            deleteQuietly(temp);
            LOG.warn("could not store {} in {}", source, folder, e);
            throw new AttachmentRefusedException(Message.of("store.attach.failed", name, IoMessages.of(e, folder)), e);
        }
    }

    @Override
    public Optional<Path> locate(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(reference);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Exists, not too large, of the kind asked for: the extension it will be stored with. */
    private static String check(Path source, String name, AttachmentKind kind) throws AttachmentRefusedException {
        try {
            if (!Files.isRegularFile(source)) {
                throw new AttachmentRefusedException(Message.of("store.attach.notFound", name));
            }
            long size = Files.size(source);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            byte[] head = new byte[AttachmentKind.HEAD];
            int n;
            try (InputStream in = Files.newInputStream(source)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return kind.extensionOf(java.util.Arrays.copyOf(head, n))
                    .orElseThrow(() -> new AttachmentRefusedException(Message.of("store.attach.notImage", name)));
        } catch (NoSuchFileException e) {
            throw new AttachmentRefusedException(Message.of("store.attach.notFound", name), e);
        } catch (IOException e) {
            throw new AttachmentRefusedException(Message.of("store.attach.unreadable", name, String.valueOf(e.getMessage())), e);
        }
    }

    /** Copies and hashes in one pass; refuses a file that grew past the limit meanwhile. */
    private String copy(Path source, Path temp, String name) throws IOException, AttachmentRefusedException {
        MessageDigest digest = sha256();
        long total = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
             FileChannel out = ops.createNew(temp)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw tooLarge(name, total);
                }
                SnapshotWriter.writeFully(out, ByteBuffer.wrap(buffer, 0, n));
            }
            out.force(true);
        }
        return hashOf(digest);
    }

    private static AttachmentRefusedException tooLarge(String name, long size) {
        return new AttachmentRefusedException(Message.of("store.attach.tooLarge", name, size / MB, MAX_BYTES / MB));
    }

    private void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                ops.delete(temp);
            } catch (IOException e) {
                LOG.debug("temp file {} left behind", temp, e);
            }
        }
    }

    /** The hash part of a reference, from a digest that has seen the whole content. */
    static String hashOf(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
