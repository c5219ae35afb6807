package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.SessionModelFixture;

class BoardViewModelTest {

    private final SessionModelFixture t = new SessionModelFixture();
    private final BoardViewModel vm = t.board();

    private void type(String... texts) {
        for (String text : texts) {
            vm.capture().textProperty().set(text);
            assertThat(vm.capture().add()).as(text).isTrue();
        }
    }

    private Note note(String text) {
        return vm.snapshot().notes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    private Team team(String id) {
        return t.model.session().roster().requireTeam(id);
    }

    // --- capture ---

    @Test
    void typingAddsNotesWithThePresetsAndClearsOnlyTheText() {
        vm.capture().teamProperty().set(team(t.fixture.teamB));
        vm.capture().authorProperty().set("Ben");
        vm.capture().areaProperty().set(1);
        type("Too many meetings", "Nobody reads the wiki");
        assertThat(vm.capture().textProperty().get()).isEmpty();
        assertThat(vm.capture().teamProperty().get().id()).isEqualTo(t.fixture.teamB);
        assertThat(vm.snapshot().notes()).hasSize(2).allSatisfy(n -> {
            assertThat(n.teamId()).isEqualTo(t.fixture.teamB);
            assertThat(n.author()).isEqualTo("Ben");
            assertThat(n.area()).isEqualTo(1);
            assertThat(BoardGeometry.areaAt(vm.snapshot().board(), n.x())).isEqualTo(1);
        });
    }

    @Test
    void twentyNotesInARowNeverOverlap() {
        for (int i = 1; i <= 20; i++) {
            type("note " + i);
        }
        List<Note> notes = vm.snapshot().notes();
        assertThat(notes).hasSize(20);
        for (Note a : notes) {
            for (Note b : notes) {
                if (a != b) {
                    assertThat(BoardGeometry.noteBounds(a).intersects(BoardGeometry.noteBounds(b))).as(a.text() + " / " + b.text()).isFalse();
                }
            }
        }
    }

    @Test
    void anEmptyOrTooLongNoteIsRefusedAndTheTextStays() {
        vm.capture().textProperty().set("   ");
        assertThat(vm.capture().add()).isFalse();
        assertThat(vm.capture().problemProperty().get().key()).isEqualTo("error.note.empty");
        String long501 = "y".repeat(501);
        vm.capture().textProperty().set(long501);
        assertThat(vm.capture().add()).isFalse();
        assertThat(vm.capture().problemProperty().get().key()).isEqualTo("error.note.tooLong");
        assertThat(vm.capture().textProperty().get()).isEqualTo(long501);
        assertThat(vm.snapshot().notes()).isEmpty();
        vm.capture().textProperty().set("y".repeat(500));
        assertThat(vm.capture().problemProperty().get()).isNull();
        assertThat(vm.capture().add()).isTrue();
    }

    @Test
    void newNotesAvoidClusterFrames() {
        type("a", "b", "c");
        vm.select(List.of(note("a").id(), note("b").id()), false);
        vm.groupSelected("Group");
        type("d", "e", "f");
        Bounds frame = vm.snapshot().frames().values().iterator().next();
        for (String text : List.of("c", "d", "e", "f")) {
            assertThat(frame.intersects(BoardGeometry.noteBounds(note(text)))).as(text).isFalse();
        }
    }

    // --- clustering ---

    @Test
    void groupingSelectedNotesMakesANamedClusterAroundThem() {
        type("a", "b", "c");
        vm.select(List.of(note("a").id(), note("c").id()), false);
        assertThat(vm.groupSelected("  Meetings ")).isTrue();
        Cluster c = vm.snapshot().clusters().get(0);
        assertThat(c.name()).isEqualTo("Meetings");
        assertThat(vm.snapshot().membersOf(c.id())).extracting(Note::text).containsExactlyInAnyOrder("a", "c");
        Bounds frame = vm.snapshot().frames().get(c.id());
        assertThat(frame.contains(BoardGeometry.noteBounds(note("a")))).isTrue();
        assertThat(note("b").clusterId()).isNull();
    }

    @Test
    void droppingANoteOnAFrameJoinsItAndDroppingElsewhereLeaves() {
        type("a", "b", "c");
        vm.select(List.of(note("a").id()), false);
        vm.groupSelected("One");
        String cluster = vm.snapshot().clusters().get(0).id();
        Bounds frame = vm.snapshot().frames().get(cluster);
        Note c = note("c");
        double px = frame.getMinX() + 30;
        double py = frame.getMaxY() - 10;
        assertThat(vm.dropNotes(List.of(c.id()), px - c.x(), py - c.y(), px, py)).isTrue();
        assertThat(note("c").clusterId()).isEqualTo(cluster);
        // Out again: far away from the frame.
        Note moved = note("c");
        assertThat(vm.dropNotes(List.of(moved.id()), 0, 2000, moved.x() + 10, moved.y() + 2010)).isTrue();
        assertThat(note("c").clusterId()).isNull();
    }

    @Test
    void mergingTwoClustersKeepsAllNotesInOneAndIsOneUndoStep() {
        type("a", "b", "c", "d");
        vm.select(List.of(note("a").id(), note("b").id()), false);
        vm.groupSelected("Left");
        vm.select(List.of(note("c").id(), note("d").id()), false);
        vm.groupSelected("Right");
        String left = vm.snapshot().clusters().get(0).id();
        String right = vm.snapshot().clusters().get(1).id();
        Session before = t.model.session();
        assertThat(vm.mergeClusters(left, right)).isTrue();
        assertThat(vm.snapshot().clusters()).extracting(Cluster::name).containsExactly("Left");
        assertThat(vm.snapshot().membersOf(left)).extracting(Note::text).containsExactlyInAnyOrder("a", "b", "c", "d");
        // The merged notes do not overlap the ones already there.
        Set<String> cells = new HashSet<>();
        vm.snapshot().membersOf(left).forEach(n -> assertThat(cells.add(n.x() + "/" + n.y())).isTrue());
        t.model.undo();
        assertThat(t.model.session()).isEqualTo(before);
    }

    @Test
    void renameAndDissolve() {
        type("a");
        vm.select(List.of(note("a").id()), false);
        vm.groupSelected("Old");
        String id = vm.snapshot().clusters().get(0).id();
        assertThat(vm.renameCluster(id, "New")).isTrue();
        assertThat(vm.snapshot().clusters().get(0).name()).isEqualTo("New");
        assertThat(vm.renameCluster(id, " ")).isFalse();
        assertThat(t.errors).extracting(m -> m.key()).contains("error.cluster.nameEmpty");
        assertThat(vm.dissolveCluster(id)).isTrue();
        assertThat(vm.snapshot().clusters()).isEmpty();
        assertThat(note("a").clusterId()).isNull();
    }

    // --- voting ---

    @Test
    void fastClickingNeverGivesAParticipantMoreThanTheirDots() {
        type("a", "b");
        vm.voting().start(3, 0);
        String ann = t.fixture.people.get(0);
        int accepted = 0;
        for (int i = 0; i < 50; i++) {
            if (vm.voting().placeDot(ann, note(i % 2 == 0 ? "a" : "b").id())) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(3);
        assertThat(vm.voting().dotsLeft(ann)).isZero();
        assertThat(vm.voting().dotsOf(ann).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(t.errors).extracting(m -> m.key()).containsOnly("error.vote.noDotsLeft");
    }

    @Test
    void theLimitPerNoteHoldsForEveryClick() {
        type("a", "b");
        vm.voting().start(5, 2);
        String ben = t.fixture.people.get(1);
        for (int i = 0; i < 10; i++) {
            vm.voting().placeDot(ben, note("a").id());
        }
        assertThat(vm.voting().dotsOf(ben)).containsEntry(note("a").id(), 2);
        assertThat(vm.voting().dotsLeft(ben)).isEqualTo(3);
    }

    @Test
    void totalsReachTheViewsOnlyOnceRevealed() {
        type("a", "b");
        vm.voting().start(3, 0);
        vm.voting().placeDot(t.fixture.people.get(0), note("a").id());
        vm.voting().placeDot(t.fixture.people.get(1), note("a").id());
        vm.voting().placeDot(t.fixture.people.get(1), note("b").id());
        assertThat(vm.snapshot().revealedTotals()).isEmpty();
        assertThat(vm.snapshot().dotsOn(note("a").id())).isZero();
        assertThat(vm.voting().reveal(true)).isTrue();
        assertThat(vm.snapshot().dotsOn(note("a").id())).isEqualTo(2);
        assertThat(vm.voting().placeDot(t.fixture.people.get(2), note("a").id())).isFalse();
        assertThat(vm.voting().reveal(false)).isTrue();
        assertThat(vm.snapshot().revealedTotals()).isEmpty();
    }

    @Test
    void arrangingByVotesPutsTheStrongestClusterFirst() {
        type("a", "b", "c");
        vm.select(List.of(note("a").id()), false);
        vm.groupSelected("Weak");
        vm.select(List.of(note("b").id(), note("c").id()), false);
        vm.groupSelected("Strong");
        vm.voting().start(3, 0);
        vm.voting().placeDot(t.fixture.people.get(0), note("c").id());
        vm.voting().reveal(true);
        assertThat(vm.arrange()).isTrue();
        String strong = vm.snapshot().clusters().stream().filter(c -> c.name().equals("Strong")).findFirst().orElseThrow().id();
        String weak = vm.snapshot().clusters().stream().filter(c -> c.name().equals("Weak")).findFirst().orElseThrow().id();
        assertThat(vm.snapshot().frames().get(strong).getMinX()).isLessThan(vm.snapshot().frames().get(weak).getMinX());
        assertThat(vm.snapshot().frames().get(strong).intersects(vm.snapshot().frames().get(weak))).isFalse();
    }

    // --- undo of every board action ---

    @Test
    void everyBoardActionIsOneUndoStep() {
        type("a", "b", "c");
        String ann = t.fixture.people.get(0);
        List<Predicate<BoardViewModel>> actions = List.of(
                v -> {
                    v.capture().textProperty().set("typed");
                    return v.capture().add();
                },
                v -> v.editText(note("a").id(), "a, edited"),
                v -> {
                    v.select(List.of(note("b").id()), false);
                    return v.deleteSelected();
                },
                v -> v.dropNotes(List.of(note("a").id()), 500, 300, note("a").x() + 510, note("a").y() + 310),
                v -> {
                    v.select(List.of(note("a").id(), note("c").id()), false);
                    return v.groupSelected("G");
                },
                v -> {
                    v.select(List.of(note("a").id()), false);
                    return v.setTeamOfSelected(team(t.fixture.teamB));
                },
                v -> {
                    v.select(List.of(note("a").id(), note("b").id()), false);
                    return v.setColorOfSelected(TeamColor.VERMILLION);
                },
                v -> v.setHidden(true),
                v -> v.voting().start(3, 1));
        for (Predicate<BoardViewModel> action : actions) {
            Session before = t.model.session();
            assertThat(action.test(vm)).as("action " + actions.indexOf(action)).isTrue();
            assertThat(t.model.session()).isNotEqualTo(before);
            t.model.undo();
            assertThat(t.model.session()).as("undo of action " + actions.indexOf(action)).isEqualTo(before);
        }
        // Cluster and vote actions need a cluster and a vote first.
        vm.select(List.of(note("a").id(), note("b").id()), false);
        vm.groupSelected("One");
        vm.select(List.of(note("c").id()), false);
        vm.groupSelected("Two");
        vm.voting().start(3, 0);
        String one = vm.snapshot().clusters().get(0).id();
        String two = vm.snapshot().clusters().get(1).id();
        List<Predicate<BoardViewModel>> more = List.of(
                v -> v.renameCluster(one, "Renamed"),
                v -> v.moveCluster(one, 300, 40),
                v -> {
                    Note a = note("a");
                    return v.dropNotes(List.of(a.id()), 0, 30, a.x() + 5, a.y() + 35) && v.tidyCluster(one);
                },
                v -> v.arrange(),
                v -> v.mergeClusters(one, two),
                v -> v.dissolveCluster(two),
                v -> v.voting().placeDot(ann, note("a").id()),
                v -> v.voting().reveal(true),
                v -> v.voting().end());
        for (Predicate<BoardViewModel> action : more) {
            Session before = t.model.session();
            assertThat(action.test(vm)).as("cluster/vote action " + more.indexOf(action)).isTrue();
            if (more.indexOf(action) == 2) {
                t.model.undo(); // the drag before the tidy
            }
            t.model.undo();
            assertThat(t.model.session()).as("undo of cluster/vote action " + more.indexOf(action)).isEqualTo(before);
        }
        vm.voting().placeDot(ann, note("a").id());
        Session before = t.model.session();
        assertThat(vm.voting().removeDot(ann, note("a").id())).isTrue();
        t.model.undo();
        assertThat(t.model.session()).isEqualTo(before);
    }

    // --- import ---

    @Test
    void pastedLinesBecomeNotesAndBadLinesAreExplained() {
        vm.capture().teamProperty().set(team(t.fixture.teamA));
        NoteImport.Plan plan = vm.capture().previewLines("First\n\nSecond\n" + "z".repeat(501) + "\n");
        assertThat(plan.notes()).isEqualTo(2);
        assertThat(plan.problems()).extracting(p -> p.line()).containsExactly(2, 4);
        assertThat(plan.problems().get(1).message().key()).isEqualTo("board.import.tooLong");
        assertThat(vm.capture().applyImport(plan)).isTrue();
        assertThat(vm.snapshot().notes()).extracting(Note::text).containsExactly("First", "Second");
        assertThat(vm.snapshot().notes()).allSatisfy(n -> assertThat(n.teamId()).isEqualTo(t.fixture.teamA));
        t.model.undo();
        assertThat(vm.snapshot().notes()).isEmpty();
    }

    @Test
    void csvNamesTeamsAndAuthorsAndCreatesMissingTeams() {
        NoteImport.Plan plan = vm.capture().previewCsv("text;team;author\n\"Slow, old tools\";Sales;Ann\nNo budget;Marketing;\n"
                + "too;many;fields;here\n\"broken\n");
        assertThat(plan.notes()).isEqualTo(2);
        assertThat(plan.teams()).isEqualTo(1);
        assertThat(plan.problems()).extracting(p -> p.line()).containsExactly(4, 5);
        vm.capture().applyImport(plan);
        Note slow = note("Slow, old tools");
        assertThat(slow.teamId()).isEqualTo(t.fixture.teamA);
        assertThat(slow.author()).isEqualTo("Ann");
        assertThat(t.model.session().roster().teamNamed("Marketing")).isPresent();
    }
}
