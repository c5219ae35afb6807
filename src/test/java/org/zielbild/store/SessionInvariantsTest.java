package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;

/**
 * Issue 17, case 7 (decision 0082): sealed files whose content breaks the session's invariants are
 * repaired where that is safe, with a plain note, or refused with the ways back; nothing opens
 * silently and fails later.
 */
class SessionInvariantsTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
    private Path folder;

    @BeforeEach
    void dayWithAGroup() throws Exception {
        try (OpenSession open = library().create(StoreTestSupport.templateSession("Invariants"), fx)) {
            SessionService s = open.service();
            s.apply(AddTeam.atEnd(new Team("t1", "Blue", TeamColor.forIndex(0))));
            s.apply(AddParticipant.atEnd(new Participant("p1", "Anna", "t1")));
            Stage reflection = s.session().agenda().stages().stream()
                    .filter(st -> st.moduleId().equals(TargetPictureDay.REFLECTION)).findFirst().orElseThrow();
            s.apply(new AddBoard(Board.of("b1", reflection.id(), 0, "Pains and gains", reflection.prompts())));
            for (int i = 0; i < 3; i++) {
                s.apply(AddNote.onTop(new Note("n" + i, "b1", 0, "Note " + i, "t1", "", 10.0 * i, 0, null, null,
                        Instant.parse("2026-11-23T09:00:00Z"))));
            }
            s.apply(AddCluster.atEnd(new Cluster("c1", "b1", "Group", 0, 0)));
            s.apply(new PlaceNotes(List.of(new NotePlacement("n0", 0, 0, 0, "c1"))));
            fx.awaitSaved(s);
            folder = Path.of(open.location());
        }
    }

    private WorkspaceSessionLibrary library() {
        return StoreTestSupport.library(home.resolve("sessions"));
    }

    private void reseal(Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = StoreJson.mapper();
        Path file = folder.resolve("session.json");
        ObjectNode tree = (ObjectNode) json.readTree(Files.readAllBytes(file));
        tree.remove("crc");
        edit.accept(tree);
        Files.write(file, Seal.seal(json.writeValueAsBytes(tree)));
    }

    private static ArrayNode notes(ObjectNode tree) {
        return (ArrayNode) tree.get("session").get("boards").get("notes");
    }

    private static String en(Message m) {
        return new I18n(Language.EN).text(m);
    }

    @Test
    void aNoteInAMissingGroupIsUngroupedSaidSoAndTheOldFileKept() throws Exception {
        reseal(t -> ((ArrayNode) t.get("session").get("boards").get("clusters")).removeAll());
        byte[] asItWas = Files.readAllBytes(folder.resolve("session.json"));
        try (OpenSession open = library().openFolder(folder, fx)) {
            assertThat(open.service().session().boards().note("n0").orElseThrow().clusterId()).isNull();
            assertThat(open.notes()).extracting(SessionInvariantsTest::en).containsExactly(
                    folder.resolve("session.json") + " was repaired when it was opened: 1 note named a cluster that does "
                            + "not exist (or is on another board) and is now in no cluster.",
                    "The file as it was is kept in " + folder.resolve("backups") + ".");
            open.service().apply(new RemoveNotes(List.of("n0")));
            fx.awaitSaved(open.service());
        }
        try (var kept = Files.list(folder.resolve("backups"))) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("session-")).toList())
                    .anySatisfy(p -> assertThat(Files.readAllBytes(p)).isEqualTo(asItWas));
        }
        try (OpenSession again = library().openFolder(folder, fx)) {
            assertThat(again.notes()).as("repaired once, for good").isEmpty();
        }
    }

    @Test
    void anExactCopyOfANoteIsDroppedSoDeletingItWorks() throws Exception {
        reseal(t -> notes(t).add(notes(t).get(1).deepCopy()));
        try (OpenSession open = library().openFolder(folder, fx)) {
            assertThat(open.service().session().boards().notes()).extracting(Note::id).containsExactly("n0", "n1", "n2");
            assertThat(en(open.notes().get(0))).endsWith("notes stored twice: 1 exact copy was dropped.");
            open.service().apply(new RemoveNotes(List.of("n1")));
            assertThat(open.service().session().boards().notes()).extracting(Note::id).containsExactly("n0", "n2");
        }
    }

    @Test
    void twoDifferentNotesWithOneIdAreRefusedWithTheWaysBack() throws Exception {
        reseal(t -> ((ObjectNode) notes(t).get(2)).put("id", "n1"));
        SessionDamagedException damaged = (SessionDamagedException) catchThrowable(() -> library().openFolder(folder, fx));
        assertThat(en(damaged.problems().get(0))).isEqualTo(folder.resolve("session.json")
                + ": it holds two different notes with the same id (“n1”).");
        assertThat(damaged.options()).isNotEmpty().allSatisfy(o -> {
            List<String> ids = o.state().session().boards().notes().stream().map(Note::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
        });
        RecoveryOption best = damaged.options().get(0);
        assertThat(best.state().session().boards().notes()).extracting(Note::id).containsExactly("n0", "n1", "n2");
    }

    @Test
    void aNoteOnAMissingBoardIsRefused() throws Exception {
        reseal(t -> ((ObjectNode) notes(t).get(0)).put("boardId", "gone"));
        SessionDamagedException damaged = (SessionDamagedException) catchThrowable(() -> library().openFolder(folder, fx));
        assertThat(en(damaged.problems().get(0))).endsWith("session.json: it holds a note on a board that does not exist.");
    }

    @Test
    void aMemberOfAMissingTeamIsInNoTeamAndANoteNamingOneIsLeftAsUndoNeedsIt() throws Exception {
        reseal(t -> ((ArrayNode) t.get("session").get("roster").get("teams")).removeAll());
        try (OpenSession open = library().openFolder(folder, fx)) {
            assertThat(open.service().session().roster().participant("p1").orElseThrow().teamId()).isNull();
            assertThat(open.service().session().boards().note("n1").orElseThrow().teamId()).as("not an invariant").isEqualTo("t1");
            assertThat(open.notes()).hasSize(2);
            assertThat(en(open.notes().get(0))).contains("1 participant named a team that no longer exists and is now in no team");
        }
    }

    @Test
    void aSnapshotThatClaimsChangesTheJournalMadeAfterItWasSavedIsRefused() throws Exception {
        Path crash = home.resolve("crash");
        try (OpenSession open = library().openFolder(folder, fx)) {
            for (int i = 3; i < 8; i++) {
                open.service().apply(AddNote.onTop(new Note("n" + i, "b1", 0, "Later " + i, null, "", 0, 0, null, null,
                        Instant.parse("2026-11-23T09:00:00Z"))));
            }
            fx.awaitSaved(open.service());
            DamageTest.copyTree(folder, crash); // a crash image with journal lines
        }
        folder = crash;
        reseal(t -> {
            t.put("seq", t.get("seq").asLong() + 100); // claims to hold them all, and more
            t.put("savedAt", "2026-11-23T07:00:00Z"); // but was saved before they were made
        });
        SessionDamagedException damaged = (SessionDamagedException) catchThrowable(() -> library().openFolder(folder, fx));
        assertThat(en(damaged.problems().get(0))).contains("session.json: it does not fit the change log");
        assertThat(damaged.options().get(0).state().session().boards().notes()).as("the backup and the change logs")
                .hasSize(8);
    }
}
