package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.store.AttachmentFixture.PNG;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionSummary;

/** A coach's photo (0131) travels like a statement's picture: the store finds references in any slice (0111). */
class CoachPhotoTravelTest {

    @TempDir
    Path home;

    @Test
    void aCoachsPhotoTravelsThroughExportImportAndDuplicate() throws Exception {
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        String photo;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Coaches"), fx)) {
            photo = open.attachments().add(AttachmentFixture.picked(home, "kim.png", PNG), AttachmentKind.IMAGE).reference();
            open.service().apply(AddCoach.atEnd(new Coach("c-kim", "Kim", "asks good questions", photo, "de, en", 3)));
            fx.awaitSaved(open.service());
        }
        SessionSummary original = library.list().get(0);
        Path file = home.resolve("coaches.zielbild.json");
        library.exportTo(original, file);
        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        ImportReport report = other.importSession(file);
        assertThat(report.leftOut()).isEmpty();
        SessionSummary copy = library.duplicate(original, "Coaches (copy)");
        assertPhoto(other, report.summary(), photo, fx);
        assertPhoto(library, copy, photo, fx);
    }

    private static void assertPhoto(WorkspaceSessionLibrary library, SessionSummary summary, String photo,
                                    StoreTestSupport.Inbox fx) throws Exception {
        try (OpenSession open = library.open(summary, fx)) {
            assertThat(open.service().session().coaching().coaches().get(0).photo()).isEqualTo(photo);
            assertThat(Files.readAllBytes(open.attachments().locate(photo).orElseThrow())).isEqualTo(PNG);
        }
    }
}
