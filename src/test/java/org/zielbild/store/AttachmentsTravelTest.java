package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.store.AttachmentFixture.GIF;
import static org.zielbild.store.AttachmentFixture.PNG;
import static org.zielbild.store.AttachmentFixture.changed;
import static org.zielbild.store.AttachmentFixture.statementWithPicture;
import static org.zielbild.store.AttachmentFixture.unusedPicture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionSummary;

/** A session's pictures travel with it: export, import, duplicate, the open session's archive (0111). */
class AttachmentsTravelTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    /** A session with two statement pictures (a PNG, a GIF) and one stored picture nothing refers to. */
    private record Pictured(WorkspaceSessionLibrary library, SessionSummary summary, String png, String gif, String unused) {
    }

    private Pictured pictured() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        String png;
        String gif;
        String unused;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Pictures"), fx)) {
            png = statementWithPicture(open, home, "st-1", PNG);
            gif = statementWithPicture(open, home, "st-2", GIF);
            unused = unusedPicture(open, home, changed(PNG));
            fx.awaitSaved(open.service());
        }
        return new Pictured(library, library.list().get(0), png, gif, unused);
    }

    private static byte[] located(OpenSession open, String reference) throws Exception {
        return Files.readAllBytes(open.attachments().locate(reference).orElseThrow(
                () -> new AssertionError("not found: " + reference)));
    }

    @Test
    void anExportCarriesTheReferredPicturesAndAnImportElsewhereRestoresThem() throws Exception {
        Pictured p = pictured();
        Path file = home.resolve("out/pictures.zielbild.json");
        p.library().exportTo(p.summary(), file);

        JsonNode carried = new ObjectMapper().readTree(file.toFile()).path("attachments");
        assertThat(carried.fieldNames()).toIterable().as("only what the session refers to, in order")
                .containsExactly(p.png(), p.gif()).doesNotContain(p.unused());
        assertThat(Base64.getDecoder().decode(carried.path(p.png()).asText())).isEqualTo(PNG);

        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        ImportReport report = other.importSession(file);
        assertThat(report.leftOut()).isEmpty();
        try (OpenSession open = other.open(report.summary(), fx)) {
            assertThat(located(open, p.png())).isEqualTo(PNG);
            assertThat(located(open, p.gif())).isEqualTo(GIF);
            assertThat(open.attachments().locate(p.unused())).isEmpty();
            assertThat(open.service().session().target().statement("st-1").orElseThrow().picture().attachment())
                    .isEqualTo(p.png());
        }
        assertThat(home.resolve("other-laptop")).isDirectoryNotContaining("glob:**/.new-*");
    }

    @Test
    void aDuplicateHasItsOwnCopyOfThePictures() throws Exception {
        Pictured p = pictured();
        SessionSummary copy = p.library().duplicate(p.summary(), "Pictures (copy)");
        assertThat(Path.of(copy.location()).resolve("attachments")).isDirectory();
        p.library().delete(p.summary()); // the copy does not lean on the original's folder
        try (OpenSession open = p.library().open(copy, fx)) {
            assertThat(located(open, p.png())).isEqualTo(PNG);
            assertThat(located(open, p.gif())).isEqualTo(GIF);
            assertThat(open.attachments().locate(p.unused())).as("nothing refers to it").isEmpty();
        }
    }

    @Test
    void theOpenSessionsArchiveCarriesItsPicturesToo() throws Exception {
        Pictured p = pictured();
        Path file = home.resolve("out/archive.zielbild.json");
        try (OpenSession open = p.library().open(p.summary(), fx)) {
            p.library().exportSession(open.service().session(), file); // the minutes export's archive
        }
        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        try (OpenSession open = other.open(other.importSession(file).summary(), fx)) {
            assertThat(located(open, p.gif())).isEqualTo(GIF);
        }
        // The command line reads a folder and writes its archive through a library of its parent.
        WorkspaceSessionLibrary cli = StoreTestSupport.library(Path.of(p.summary().location()).getParent());
        Path cliFile = home.resolve("out/cli.zielbild.json");
        cli.exportSession(cli.readFolder(Path.of(p.summary().location())), cliFile);
        assertThat(new ObjectMapper().readTree(cliFile.toFile()).path("attachments").size()).isEqualTo(2);
    }

    @Test
    void aSessionJsonPickedInsideASessionFolderBringsThatFoldersPicturesChecked() throws Exception {
        Pictured p = pictured();
        Path folder = Path.of(p.summary().location());
        Files.write(folder.resolve("attachments").resolve(p.gif()), changed(GIF)); // changed by hand
        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        ImportReport report = other.importSession(folder.resolve("session.json"));
        assertThat(report.leftOut()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("store.import.attachment.leftOutOfFolder");
            assertThat(m.args().get(1)).isEqualTo(org.zielbild.domain.Message.of("store.import.attachment.changed"));
        });
        try (OpenSession open = other.open(report.summary(), fx)) {
            assertThat(located(open, p.png())).isEqualTo(PNG);
            assertThat(open.attachments().locate(p.gif())).isEmpty();
            assertThat(open.attachments().locate(p.unused())).isEmpty();
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(
                folder.resolve("attachments").resolve(p.png()).toFile(), "rw")) {
            f.setLength(org.zielbild.session.SessionAttachments.MAX_BYTES + 1); // grown by hand, sparse
        }
        WorkspaceSessionLibrary third = StoreTestSupport.library(home.resolve("third-laptop"));
        ImportReport again = third.importSession(folder.resolve("session.json"));
        assertThat(again.leftOut()).extracting(m -> ((org.zielbild.domain.Message) m.args().get(1)).key())
                .containsExactlyInAnyOrder("store.import.attachment.tooLarge", "store.import.attachment.changed");
        try (OpenSession open = third.open(again.summary(), fx)) {
            assertThat(open.attachments().locate(p.png())).isEmpty();
            assertThat(open.attachments().locate(p.unused())).isEmpty();
        }
    }

    @Test
    void aCopyWithoutPicturesOfASessionInTheWorkspaceTakesThemFromThatSession() throws Exception {
        Pictured p = pictured();
        Path rescued = Files.createDirectories(home.resolve("rescue-like"));
        Files.copy(Path.of(p.summary().location()).resolve("session.json"), rescued.resolve("session.json"));
        ImportReport report = p.library().importSession(rescued.resolve("session.json")); // as a rescue copy carries none
        assertThat(report.summary().id()).isNotEqualTo(p.summary().id());
        assertThat(report.leftOut()).isEmpty();
        try (OpenSession open = p.library().open(report.summary(), fx)) {
            assertThat(located(open, p.png())).isEqualTo(PNG);
            assertThat(located(open, p.gif())).isEqualTo(GIF);
        }
    }

    @Test
    void aPictureAlreadyMissingInTheSessionIsLeftOutOfTheExportQuietly() throws Exception {
        Pictured p = pictured();
        Files.delete(Path.of(p.summary().location()).resolve("attachments").resolve(p.gif()));
        Path file = home.resolve("out/partial.zielbild.json");
        p.library().exportTo(p.summary(), file);
        assertThat(new ObjectMapper().readTree(file.toFile()).path("attachments").fieldNames()).toIterable()
                .containsExactly(p.png());
    }
}
