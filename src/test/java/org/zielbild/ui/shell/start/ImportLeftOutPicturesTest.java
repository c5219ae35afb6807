package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionSummary;
import org.zielbild.ui.common.I18n;

/** After an import, the start screen names the pictures that were left out, in English and German (0111). */
class ImportLeftOutPicturesTest {

    private static final Message CHANGED = Message.of("store.import.attachment.leftOut", "0123456789ab…cdef.png",
            Message.of("store.import.attachment.changed"));

    /** A library whose imports report {@code leftOut}. */
    private static SessionLibrary importing(List<Message> leftOut) {
        SessionSummary summary = new SessionSummary("s1", "Zielbild 2027", LocalDate.of(2026, 11, 23),
                Instant.parse("2026-11-23T08:30:00Z"), "/tmp/s1");
        return new SessionLibrary() {
            @Override
            public List<SessionSummary> list() {
                return List.of(summary);
            }

            @Override
            public OpenSession create(Session session, Executor callbacks) {
                throw new UnsupportedOperationException();
            }

            @Override
            public OpenSession open(SessionSummary s, Executor callbacks) {
                throw new UnsupportedOperationException();
            }

            @Override
            public OpenSession openFolder(Path folder, Executor callbacks) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ImportReport importSession(Path file) {
                return new ImportReport(summary, leftOut);
            }
        };
    }

    private static StartViewModel importedWith(List<Message> leftOut) {
        StartViewModel vm = new StartViewModel(importing(leftOut), Language.EN, LocalDate.of(2026, 11, 23),
                Runnable::run, Runnable::run, open -> { });
        vm.importFrom(Path.of("in.zielbild.json"));
        return vm;
    }

    @Test
    void anImportWithAllItsPicturesSaysSoPlainly() {
        StartViewModel vm = importedWith(List.of());
        assertThat(vm.doneProperty().get()).isEqualTo(Message.of("start.done.imported", "Zielbild 2027"));
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void anImportThatLeftPicturesOutSaysSoBesideNamingTheFirstAndCountingThem() {
        StartViewModel one = importedWith(List.of(CHANGED));
        assertThat(one.doneProperty().get()).isEqualTo(Message.of("start.done.imported", "Zielbild 2027"));
        assertThat(new I18n(Language.EN).text(one.noticeProperty().get())).isEqualTo("One picture in the file could not be "
                + "restored; the session shows it as missing. The picture 0123456789ab…cdef.png in the file was left out: "
                + "its content does not match its name (it was damaged or changed after the export).");
        StartViewModel two = importedWith(List.of(CHANGED, CHANGED));
        assertThat(new I18n(Language.DE).text(two.noticeProperty().get())).isEqualTo("2 Bilder aus der Datei konnten nicht "
                + "wiederhergestellt werden; die Sitzung zeigt sie als fehlend. Das Bild 0123456789ab…cdef.png in der Datei "
                + "wurde weggelassen: Sein Inhalt passt nicht zu seinem Namen (es wurde nach dem Export beschädigt oder "
                + "verändert).");
        two.exportTo(two.sessions().get(0), Path.of("out.json")); // this library cannot export: refused
        assertThat(two.noticeProperty().get()).as("the next action clears it").isNull();
    }
}
