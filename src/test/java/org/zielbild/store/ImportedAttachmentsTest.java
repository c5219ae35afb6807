package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zielbild.store.AttachmentFixture.GIF;
import static org.zielbild.store.AttachmentFixture.PNG;
import static org.zielbild.store.AttachmentFixture.changed;
import static org.zielbild.store.AttachmentFixture.statementWithPicture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Message;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/** Pictures in an import file are checked one by one; exports without pictures stay as they were (0111). */
class ImportedAttachmentsTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "store", "samples", "v1");
    /** The oldest export sample (before the day log, boards and moods were written). */
    private static final Path SAMPLE_EXPORT = SAMPLES.resolve("export.zielbild.json");
    /** That sample imported and exported again by the app as it was before exports carried attachments (main 9104423). */
    private static final Path EXPORTED_BEFORE = SAMPLES.resolve("export-before-attachments.zielbild.json");

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    @Test
    void aTamperedPictureIsLeftOutWithAMessageAndTheSessionImportsWhole() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        String png;
        String gif;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Tampered"), fx)) {
            png = statementWithPicture(open, home, "st-1", PNG);
            gif = statementWithPicture(open, home, "st-2", GIF);
            fx.awaitSaved(open.service());
        }
        Path file = home.resolve("tampered.zielbild.json");
        library.exportTo(library.list().get(0), file);
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) tree.path("attachments")).put(png, Base64.getEncoder().encodeToString(changed(PNG)));
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), tree);

        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        ImportReport report = other.importSession(file);
        assertThat(report.leftOut()).containsExactly(Message.of("store.import.attachment.leftOut",
                png.substring(0, 12) + "…" + png.substring(png.length() - 8), Message.of("store.import.attachment.changed")));
        try (OpenSession open = other.open(report.summary(), fx)) {
            assertThat(open.service().session().target().statements()).hasSize(2);
            assertThat(open.attachments().locate(png)).as("shows as missing").isEmpty();
            assertThat(Files.readAllBytes(open.attachments().locate(gif).orElseThrow())).isEqualTo(GIF);
        }
        assertThat(other.importFrom(file).title()).as("the summary-only import takes it as well").isEqualTo("Tampered");
    }

    @Test
    void aPictureOfTheLargestSizeAllowedTravels() throws Exception {
        byte[] largest = new byte[(int) SessionAttachments.MAX_BYTES];
        new java.util.Random(11).nextBytes(largest);
        System.arraycopy(PNG, 0, largest, 0, PNG.length);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        String reference;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Largest"), fx)) {
            reference = statementWithPicture(open, home, "st-1", largest);
            fx.awaitSaved(open.service());
        }
        Path file = home.resolve("largest.zielbild.json");
        library.exportTo(library.list().get(0), file);
        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-laptop"));
        ImportReport report = other.importSession(file); // 28 MB of Base64 in one text: more than Jackson reads by default
        assertThat(report.leftOut()).isEmpty();
        try (OpenSession open = other.open(report.summary(), fx)) {
            assertThat(Files.readAllBytes(open.attachments().locate(reference).orElseThrow())).isEqualTo(largest);
        }
    }

    @Test
    void eachCarriedFileIsCheckedAsANewAttachmentIs() {
        String png = hashed(PNG, "png");
        assertThat(CarriedAttachments.problemWith(png, PNG)).isEmpty();
        assertThat(CarriedAttachments.problemWith("../../session.png", PNG)).contains(Message.of("store.import.attachment.badName"));
        assertThat(CarriedAttachments.problemWith(png.replace(".png", ".gif"), PNG)).as("the kind its name says")
                .contains(Message.of("store.import.attachment.notImage"));
        assertThat(CarriedAttachments.problemWith(png, "not a picture".getBytes())).contains(Message.of("store.import.attachment.notImage"));
        assertThat(CarriedAttachments.problemWith(png, changed(PNG))).contains(Message.of("store.import.attachment.changed"));
        byte[] huge = java.util.Arrays.copyOf(PNG, (int) SessionAttachments.MAX_BYTES + 1);
        assertThat(CarriedAttachments.problemWith(png, huge).orElseThrow().key()).isEqualTo("store.import.attachment.tooLarge");
    }

    @Test
    void whatIsNotBase64OrNotNamedAsTheAppNamesIsLeftOutAndNeverWrittenAnywhere() throws Exception {
        Path folder = Files.createDirectories(home.resolve("new-session"));
        Map<String, String> carried = Map.of(
                hashed(PNG, "png"), Base64.getEncoder().encodeToString(PNG),
                hashed(GIF, "gif"), "Zm9v=YmFy", // padding in the middle: not Base64
                "../escaped.png", Base64.getEncoder().encodeToString(PNG));
        var problems = CarriedAttachments.restore(carried, folder, FileOps.REAL);
        assertThat(problems).extracting(m -> ((Message) m.args().get(1)).key())
                .containsExactlyInAnyOrder("store.import.attachment.notEncoded", "store.import.attachment.badName");
        try (var files = Files.list(folder.resolve("attachments"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(hashed(PNG, "png"));
        }
        assertThat(home.resolve("escaped.png")).doesNotExist();
    }

    @Test
    void anOldExportWithoutPicturesImportsAndExportsToTheSameBytesAsBefore() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        ImportReport report = library.importSession(SAMPLE_EXPORT);
        assertThat(report.leftOut()).isEmpty();
        assertThat(Path.of(report.summary().location()).resolve("attachments")).doesNotExist();
        Path again = home.resolve("again.zielbild.json");
        library.exportTo(report.summary(), again);
        assertThat(Files.readAllBytes(again)).as("no attachments field, nothing else changed")
                .isEqualTo(Files.readAllBytes(EXPORTED_BEFORE));
    }

    @Test
    void anExportWhosePicturesAreTooLargeTogetherIsRefusedAndWritesNothing() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path attachments;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Huge"), fx)) {
            attachments = Files.createDirectories(Path.of(open.location()).resolve("attachments"));
            for (int i = 1; i <= 6; i++) {
                String reference = String.format("%032x.png", i);
                try (RandomAccessFile f = new RandomAccessFile(attachments.resolve(reference).toFile(), "rw")) {
                    f.write(PNG);
                    f.setLength(SessionAttachments.MAX_BYTES); // sparse: 20 MB on paper
                }
                String id = "st-" + i;
                open.service().apply(AddStatement.atEnd(Statement.of(id, "Statement " + i, "")));
                open.service().apply(new SetStatementPicture(id, new StatementPicture(reference, id + ".png")));
            }
            fx.awaitSaved(open.service());
        }
        SessionSummary huge = library.list().get(0);
        Path file = home.resolve("huge.zielbild.json");
        assertThatThrownBy(() -> library.exportTo(huge, file)).isInstanceOfSatisfying(SessionUnavailableException.class,
                e -> assertThat(e.userMessage()).isEqualTo(Message.of("store.export.attachmentsTooLarge", 6, 120.0, 100.0)));
        assertThat(file).doesNotExist();
        try (var left = Files.list(home)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith("huge"));
        }
    }

    @Test
    void aPictureInTheFolderThatCannotBeReadStopsTheExportWithItsReason() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        String reference;
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Unreadable"), fx)) {
            reference = statementWithPicture(open, home, "st-1", PNG);
            folder = Path.of(open.location());
            fx.awaitSaved(open.service());
        }
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve("attachments").resolve(reference).toFile(), "rw")) {
            f.setLength(SessionAttachments.MAX_BYTES + 1); // grown by hand past what a picture may be
        }
        Path file = home.resolve("unreadable.zielbild.json");
        assertThatThrownBy(() -> library.exportTo(library.list().get(0), file))
                .isInstanceOfSatisfying(SessionUnavailableException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("store.export.attachmentUnreadable");
                    assertThat(((Message) e.userMessage().args().get(1)).key()).isEqualTo("store.damage.tooLarge");
                });
        assertThat(file).doesNotExist();
    }

    @Test
    void aDiskThatFailsWhileThePicturesAreWrittenLeavesNoHalfImportedSession() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Whole"), fx)) {
            statementWithPicture(open, home, "st-1", PNG);
            fx.awaitSaved(open.service());
        }
        Path file = home.resolve("whole.zielbild.json");
        library.exportTo(library.list().get(0), file);
        FileOps fullForPictures = new FileOps() {
            @Override
            java.nio.channels.FileChannel createNew(Path target) throws java.io.IOException {
                if (target.getParent().getFileName().toString().equals("attachments")) {
                    throw new java.nio.file.FileSystemException(target.toString(), null, "No space left on device");
                }
                return super.createNew(target);
            }
        };
        Path workspace = home.resolve("full-disk");
        WorkspaceSessionLibrary full = StoreTestSupport.library(workspace, fullForPictures, StoreTestSupport.FAST);
        assertThatThrownBy(() -> full.importSession(file)).isInstanceOfSatisfying(SessionUnavailableException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("store.create.failed"));
        try (var left = Files.list(workspace)) {
            assertThat(left).as("no session folder, whole or half").isEmpty();
        }
        assertThat(full.list()).isEmpty();
    }

    private static String hashed(byte[] bytes, String extension) {
        java.security.MessageDigest d = FolderAttachments.sha256();
        d.update(bytes);
        return FolderAttachments.hashOf(d) + "." + extension;
    }
}
