package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.AttachmentRefusedException;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.StoredAttachment;

/** A session folder keeps pictures: checked, copied durably, stored once, refused with clear reasons. */
class FolderAttachmentsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path home;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = home.resolve("picked").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private AttachmentRefusedException refused(SessionAttachments a, Path p) {
        try {
            a.add(p, AttachmentKind.IMAGE);
        } catch (AttachmentRefusedException e) {
            return e;
        }
        throw new AssertionError("not refused: " + p);
    }

    @Test
    void aPictureIsCopiedIntoTheSessionFolderOnceAndFoundAgain() throws Exception {
        Path folder = home.resolve("session");
        FolderAttachments a = new FolderAttachments(folder, FileOps.REAL);
        StoredAttachment first = a.add(file("Team photo.png", PNG), AttachmentKind.IMAGE);
        StoredAttachment again = a.add(file("copy.PNG", PNG), AttachmentKind.IMAGE);
        assertThat(first.reference()).matches("[0-9a-f]{32}\\.png").isEqualTo(again.reference());
        assertThat(first.fileName()).isEqualTo("Team photo.png");
        assertThat(first.bytes()).isEqualTo(PNG.length);
        Path stored = a.locate(first.reference()).orElseThrow();
        assertThat(stored.getParent()).isEqualTo(folder.resolve("attachments"));
        assertThat(Files.readAllBytes(stored)).isEqualTo(PNG);
        try (var files = Files.list(folder.resolve("attachments"))) {
            assertThat(files).as("stored once, no temp file left").hasSize(1);
        }
        assertThat(a.locate("../session.json")).isEmpty();
        assertThat(a.locate("0123456789abcdef0123456789abcdef.png")).isEmpty();
    }

    @Test
    void whatIsNotAPictureIsTooLargeOrMissingIsRefusedWithItsName() throws Exception {
        FolderAttachments a = new FolderAttachments(home.resolve("session"), FileOps.REAL);
        assertThat(refused(a, file("notes.png", "just text, not a picture".getBytes())).userMessage().key())
                .isEqualTo("store.attach.notImage");
        assertThat(refused(a, file("empty.jpg", new byte[0])).userMessage().key()).isEqualTo("store.attach.notImage");
        Path huge = home.resolve("picked").resolve("video.png");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write(PNG);
            f.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
        }
        AttachmentRefusedException big = refused(a, huge);
        assertThat(big.userMessage().key()).isEqualTo("store.attach.tooLarge");
        assertThat(big.userMessage().args()).startsWith("video.png", 200.0);
        assertThat(refused(a, home.resolve("gone.png")).userMessage().key()).isEqualTo("store.attach.notFound");
        assertThat(refused(a, home).userMessage().key()).as("a folder").isEqualTo("store.attach.notFound");
        assertThat(Files.exists(home.resolve("session").resolve("attachments"))).isFalse();
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSoAndLeavesNothingBehind() throws Exception {
        FaultyFileOps ops = new FaultyFileOps();
        FolderAttachments a = new FolderAttachments(home.resolve("session"), ops);
        Path png = file("a.png", PNG);
        ops.set(FaultyFileOps.Fault.DISK_FULL);
        AttachmentRefusedException e = refused(a, png);
        assertThat(e.userMessage().key()).isEqualTo("store.attach.failed");
        assertThat(e.userMessage().args().get(1).toString()).contains("store.io.diskFull");
        ops.set(FaultyFileOps.Fault.NONE);
        assertThat(a.add(png, AttachmentKind.IMAGE).reference()).endsWith(".png");
    }

    @Test
    void aSessionOpenFromItsFolderKeepsItsPicturesThere() throws Exception {
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions"))
                .create(StoreTestSupport.templateSession("Pictures"), fx)) {
            StoredAttachment a = open.attachments().add(file("p.png", PNG), AttachmentKind.IMAGE);
            assertThat(open.attachments().locate(a.reference()).orElseThrow())
                    .startsWith(Path.of(open.location()).resolve("attachments"));
            fx.awaitSaved(open.service());
        }
        assertThatThrownBy(() -> SessionAttachments.NONE.add(home, AttachmentKind.IMAGE))
                .isInstanceOf(AttachmentRefusedException.class).hasMessageContaining("attach.unavailable");
    }
}
