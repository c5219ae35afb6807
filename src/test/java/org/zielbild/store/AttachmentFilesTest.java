package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentFilesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @TempDir
    Path dir;

    @Test
    void aPictureIsCopiedInOnceAndFoundAgain() throws Exception {
        Path session = Files.createDirectories(dir.resolve("session"));
        Path photo = Files.write(dir.resolve("anna.PNG"), PNG);
        String ref = AttachmentFiles.copyIn(session, photo);
        assertThat(ref).startsWith("attachments/").endsWith(".png");
        assertThat(AttachmentFiles.copyIn(session, Files.write(dir.resolve("copy.png"), PNG))).isEqualTo(ref);
        try (var files = Files.list(session.resolve("attachments"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(ref.substring(12));
        }
        assertThat(AttachmentFiles.resolve(session, ref)).contains(session.resolve(ref));
        assertThat(AttachmentFiles.resolve(session, "../session.json")).isEmpty();
        assertThat(AttachmentFiles.resolve(session, "attachments/missing.png")).isEmpty();
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndNothingIsWritten() throws Exception {
        Path session = Files.createDirectories(dir.resolve("session"));
        Path text = Files.writeString(dir.resolve("photo.png"), "not a picture at all");
        assertThatThrownBy(() -> AttachmentFiles.copyIn(session, text)).isInstanceOfSatisfying(AttachmentFiles.NotTaken.class,
                e -> assertThat(e.problem()).isEqualTo(AttachmentFiles.Problem.NOT_AN_IMAGE));
        assertThat(session.resolve("attachments")).doesNotExist();
    }
}
