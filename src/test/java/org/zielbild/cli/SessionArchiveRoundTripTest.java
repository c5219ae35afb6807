package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.cli.ExportCommandTest.CLOCK;
import static org.zielbild.cli.ExportCommandTest.folderOf;
import static org.zielbild.cli.ExportCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionSummary;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.testing.MinutesSample;

/**
 * The JSON archive's contract (decision 0024), through {@code zielbild export --format json}: the
 * session comes back equal after an import, without its undo history (which holds deleted data),
 * and with a new id when its id is already in the workspace.
 */
class SessionArchiveRoundTripTest {

    @TempDir
    Path home;

    @Test
    void theSessionComesBackEqualWithoutHistoryAndWithANewIdTheSecondTime() throws Exception {
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(home.resolve("sessions"), home.resolve("rescue"), CLOCK);
        Session original = MinutesSample.build(Language.DE);
        Session exported;
        try (OpenSession open = library.create(original, Runnable::run)) {
            // A deleted note lives on in the undo history; the archive must not carry it.
            open.service().apply(new RemoveNotes(java.util.List.of("n-tricky-3")));
            assertThat(open.service().canUndo()).isTrue();
            exported = open.service().session();
        }
        Path json = home.resolve("archive.json");
        ExportCommandTest.Run r = run("export", "--format", "json", "--out", json.toString(), folderOf(home).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(json)).doesNotContain(MinutesSample.SCRIPT_NOTE.replace("'", "\\u0027"))
                .doesNotContain("alert(");

        WorkspaceSessionLibrary other = new WorkspaceSessionLibrary(home.resolve("elsewhere"), home.resolve("rescue"), CLOCK);
        SessionSummary first = other.importFrom(json);
        try (OpenSession open = other.open(first, Runnable::run)) {
            assertThat(open.service().session()).isEqualTo(exported);
            assertThat(open.service().canUndo()).isFalse();
        }
        SessionSummary second = other.importFrom(json);
        assertThat(second.id()).isNotEqualTo(first.id());
        try (OpenSession open = other.open(second, Runnable::run)) {
            Session copy = open.service().session();
            assertThat(copy.id()).isNotEqualTo(exported.id());
            assertThat(copy.withInfo(copy.info())).usingRecursiveComparison().ignoringFields("id").isEqualTo(exported);
        }
    }

    @Test
    void mandatesAndActionsComeBackEqualWithAFormerOwnersKeptName() throws Exception {
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(home.resolve("sessions"), home.resolve("rescue"), CLOCK);
        Session exported;
        try (OpenSession open = library.create(org.zielbild.testing.MandateSamples.day(Language.DE), Runnable::run)) {
            open.service().apply(new org.zielbild.domain.roster.RemoveParticipant("p0"));
            exported = open.service().session();
        }
        assertThat(exported.mandates().actions()).hasSize(4);
        Path json = home.resolve("mandates.json");
        ExportCommandTest.Run r = run("export", "--format", "json", "--out", json.toString(), folderOf(home).toString());
        assertThat(r.code()).as(r.err()).isZero();
        WorkspaceSessionLibrary other = new WorkspaceSessionLibrary(home.resolve("elsewhere"), home.resolve("rescue"), CLOCK);
        try (OpenSession open = other.open(other.importFrom(json), Runnable::run)) {
            Session back = open.service().session();
            assertThat(back.mandates()).isEqualTo(exported.mandates());
            assertThat(org.zielbild.domain.mandate.MandateTeams.ownerName(back, back.mandates().action("a1").orElseThrow()))
                    .isEqualTo("Anna");
        }
    }
}
