package org.zielbild.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.session.OpenSession;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.spi.ImageAttachments;

/** The seam for pictures as the app wires it: into the open session's folder, refused with a reason otherwise. */
class StoredImageAttachmentsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T13:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private OpenSession open(Path workspace) throws Exception {
        int[] n = {0};
        return new WorkspaceSessionLibrary(workspace, dir.resolve("rescue"), CLOCK).create(TargetPictureDay.newSession("s1",
                new SessionInfo("Photos", LocalDate.of(2026, 11, 24), "", "", Language.EN), () -> "id" + n[0]++), Runnable::run);
    }

    @Test
    void aPictureGoesIntoTheSessionFolderAndAFileThatIsNoneIsRefusedInTheUsersLanguage() throws Exception {
        try (OpenSession open = open(dir.resolve("sessions"))) {
            ImageAttachments pictures = StoredImageAttachments.of(open);
            String ref = pictures.attach(Files.write(dir.resolve("anna.png"), PNG));
            assertThat(Path.of(open.location()).resolve(ref)).exists();
            assertThat(pictures.url(ref)).hasValueSatisfying(url -> assertThat(url).startsWith("file:").endsWith(".png"));
            Path text = Files.writeString(dir.resolve("cv.png"), "Curriculum vitae");
            assertThatThrownBy(() -> pictures.attach(text)).isInstanceOfSatisfying(ImageAttachments.Refused.class, e -> {
                assertThat(new I18n(Language.EN).text(e.reason()))
                        .isEqualTo("cv.png is not a picture (PNG, JPEG, GIF or BMP); nothing was changed.");
                assertThat(new I18n(Language.DE).text(e.reason()))
                        .isEqualTo("cv.png ist kein Bild (PNG, JPEG, GIF oder BMP); nichts wurde geändert.");
            });
        }
    }

    @Test
    void aSessionWithoutAFolderKeepsNoPicturesAndSaysSo() throws Exception {
        try (OpenSession open = new InMemorySessionLibrary(CLOCK).create(TargetPictureDay.newSession("s2",
                new SessionInfo("Memory", LocalDate.of(2026, 11, 24), "", "", Language.EN), () -> "x"), Runnable::run)) {
            ImageAttachments pictures = StoredImageAttachments.of(open);
            assertThat(pictures).isSameAs(ImageAttachments.NONE);
            assertThatThrownBy(() -> pictures.attach(dir.resolve("any.png"))).isInstanceOf(ImageAttachments.Refused.class);
        }
    }
}
