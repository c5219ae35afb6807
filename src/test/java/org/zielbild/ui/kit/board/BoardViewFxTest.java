package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.ProjectionWindow;
import org.zielbild.testing.SessionModelFixture;

@ExtendWith(ApplicationExtension.class)
class BoardViewFxTest {

    private SessionModelFixture t;
    private BoardViewModel vm;
    private BoardView view;

    @Start
    void start(Stage stage) {
        t = new SessionModelFixture();
        vm = t.board();
        view = SessionModelFixture.showBoardView(stage, vm);
    }

    private Point2D onScreen(double boardX, double boardY) {
        BoardCanvas canvas = view.canvas();
        double[] p = canvas.toScreen(boardX, boardY);
        return canvas.localToScreen(p[0], p[1]);
    }

    private Note note(String text) {
        return vm.snapshot().notes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void typingTwentyNotesWithEnterKeepsTheFocusInTheField(FxRobot robot) {
        robot.clickOn("#captureText");
        for (int i = 1; i <= 20; i++) {
            robot.write("note " + i).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().notes()).extracting(Note::text)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "note " + i).toList());
        assertThat(robot.lookup("#captureText").query().isFocused()).isTrue();
        // Shift+Enter is a line break inside the note, not a new note.
        robot.write("two").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT).write("lines").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().notes()).hasSize(21);
        assertThat(vm.snapshot().notes().get(20).text()).isEqualTo("two\nlines");
    }

    @Test
    void aTooLongNoteIsRefusedWithAMessageAndNothingIsLost(FxRobot robot) {
        String text = "x".repeat(501);
        robot.interact(() -> vm.capture().textProperty().set(text));
        robot.clickOn("#captureText").type(KeyCode.END).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().notes()).isEmpty();
        assertThat(robot.lookup("#captureProblem").queryAs(Label.class).getText()).contains("500").contains("501");
        assertThat(vm.capture().textProperty().get()).isEqualTo(text);
    }

    @Test
    void draggingANoteOntoAClusterFrameMovesItIntoTheCluster(FxRobot robot) {
        robot.interact(() -> {
            for (String s : List.of("a", "b", "c")) {
                vm.capture().textProperty().set(s);
                vm.capture().add();
            }
            vm.select(List.of(note("a").id()), false);
            vm.groupSelected("Group");
            vm.clearSelection();
            view.canvas().fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Note c = note("c");
        Bounds frame = vm.snapshot().frames().values().iterator().next();
        Point2D from = onScreen(c.x() + 100, c.y() + 70);
        Point2D to = onScreen(frame.getMinX() + 40, frame.getMaxY() - 30);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(10, 10).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String cluster = vm.snapshot().clusters().get(0).id();
        assertThat(note("c").clusterId()).isEqualTo(cluster);
        // And out again: dropped on empty board far below.
        Point2D inside = onScreen(note("c").x() + 100, note("c").y() + 70);
        robot.moveTo(inside).press(MouseButton.PRIMARY).moveBy(10, 10).moveBy(0, 260).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note("c").clusterId()).isNull();
        // One undo each.
        robot.interact(() -> t.model.undo());
        assertThat(note("c").clusterId()).isEqualTo(cluster);
    }

    @Test
    void votingByClickingNeverGivesMoreDotsAndRevealShowsTheTotals(FxRobot robot) {
        robot.interact(() -> {
            for (String s : List.of("a", "b")) {
                vm.capture().textProperty().set(s);
                vm.capture().add();
            }
            view.canvas().fitAll();
        });
        robot.clickOn("#startVote");
        Participant ann = t.model.session().roster().participants().get(0);
        robot.interact(() -> robot.lookup("#voteVoter").queryAs(ComboBox.class).getSelectionModel().select(0));
        robot.clickOn("#enterDots");
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = onScreen(note("a").x() + 100, note("a").y() + 80);
        for (int i = 0; i < 8; i++) {
            robot.moveTo(a).clickOn(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.voting().dotsOf(ann.id()).get(note("a").id())).isEqualTo(3);
        assertThat(robot.lookup("#dotsLeft").queryAs(Label.class).getText()).contains("0 of 3");
        // Right-click takes one back.
        robot.moveTo(a).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.voting().dotsLeft(ann.id())).isEqualTo(1);
        assertThat(vm.snapshot().dotsOn(note("a").id())).as("hidden until revealed").isZero();
        robot.clickOn("#revealVote");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().dotsOn(note("a").id())).isEqualTo(2);
        robot.clickOn("#sortByVotes");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#noteTable").queryAs(TableView.class);
        assertThat(((NoteListView.Row) table.getItems().get(0)).note().text()).isEqualTo("a");
        assertThat(((NoteListView.Row) table.getItems().get(0)).votes()).isEqualTo(2);
    }

    @Test
    void thePrivateBallotScreenShowsEachVoterOnlyTheirOwnDots(FxRobot robot) {
        robot.interact(() -> {
            for (String s : List.of("a", "b")) {
                vm.capture().textProperty().set(s);
                vm.capture().add();
            }
        });
        robot.clickOn("#startVote");
        robot.clickOn("#openBallot");
        Node screen = robot.lookup("#ballotStart").query().getScene().getRoot();
        List<Participant> people = t.model.session().roster().participants();
        for (int voter = 0; voter < 2; voter++) {
            ComboBox<?> who = robot.from(screen).lookup("#ballotWho").queryAs(ComboBox.class);
            assertThat(((Participant) who.getValue()).id()).as("next voter proposed").isEqualTo(people.get(voter).id());
            // Between voters nothing of the board is on screen.
            assertThat(robot.from(screen).lookup(".board-canvas").tryQuery()).isEmpty();
            robot.clickOn(robot.from(screen).lookup("#ballotStart").queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
            BoardCanvas ballot = robot.from(screen).lookup(".board-canvas").queryAs(BoardCanvas.class);
            robot.interact(ballot::fitAll);
            Note target = note(voter == 0 ? "a" : "b");
            double[] p = ballot.toScreen(target.x() + 100, target.y() + 80);
            Point2D at = ballot.localToScreen(p[0], p[1]);
            for (int i = 0; i < 5; i++) {
                robot.moveTo(at).clickOn(MouseButton.PRIMARY);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.voting().dotsLeft(people.get(voter).id())).isZero();
            assertThat(robot.from(screen).lookup("#ballotTurn").queryAs(Label.class).getText()).contains("0 of 3");
            robot.clickOn(robot.from(screen).lookup("#ballotDone").queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.voting().dotsOf(people.get(0).id())).containsOnlyKeys(note("a").id());
        assertThat(vm.voting().dotsOf(people.get(1).id())).containsOnlyKeys(note("b").id());
        assertThat(vm.snapshot().revealedTotals()).as("still hidden").isEmpty();
        robot.clickOn(robot.from(screen).lookup("#ballotClose").queryAs(Node.class));
    }

    @Test
    void theKeyboardAloneSelectsEditsAndDeletes(FxRobot robot) {
        robot.clickOn("#captureText").write("first").type(KeyCode.ENTER).write("second").type(KeyCode.ENTER);
        robot.clickOn("#boardCanvas");
        robot.type(KeyCode.ESCAPE).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.singleSelected()).map(Note::text).contains("first");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.canvas().isEditing()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("changed").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().notes()).extracting(Note::text).containsExactly("changed", "second");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().notes()).extracting(Note::text).containsExactly("second");
        robot.interact(() -> t.model.undo());
        assertThat(vm.snapshot().notes()).extracting(Note::text).containsExactly("changed", "second");
    }

    @Test
    void theProjectionShowsOnlyCountsPerTeamWhileHidden(FxRobot robot) {
        robot.interact(() -> {
            vm.capture().teamProperty().set(vm.teams().get(0));
            for (String s : List.of("secret one", "secret two", "secret three")) {
                vm.capture().textProperty().set(s);
                vm.capture().add();
            }
            vm.capture().teamProperty().set(vm.teams().get(1));
            vm.capture().textProperty().set("secret four");
            vm.capture().add();
        });
        BoardProjection projection = view.projection();
        Stage[] room = new Stage[1];
        // A small projector window in a corner, so clicks still reach the facilitator's window.
        robot.interact(() -> {
            room[0] = ProjectionWindow.show(projection.root(), 480);
            room[0].setX(790);
            room[0].setY(520);
        });
        robot.clickOn("#hideNotes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projection.shown()).isEqualTo("hidden");
        List<String> texts = labels(projection.root());
        assertThat(texts).noneMatch(s -> s.contains("secret"));
        assertThat(texts).contains("Sales", "Service", "3", "1");
        // Neither the wall's board nor the canvas that would draw the notes is even in the scene.
        assertThat(robot.from(projection.root()).lookup(".board-canvas").tryQuery()).isEmpty();
        assertThat(robot.from(projection.root()).lookup(".wall-board").tryQuery()).isEmpty();
        robot.clickOn("#hideNotes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projection.shown()).isEqualTo("board");
        assertThat(robot.from(projection.root()).lookup(".wall-board").tryQuery()).isPresent();
        assertThat(labels(projection.root())).contains("secret four");
        // The facilitator lets the wall follow the laptop's view: the canvas takes its place (0102).
        robot.clickOn("#wallFollows");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(projection.root()).lookup(".board-canvas").tryQuery()).isPresent();
        assertThat(robot.lookup("#wallFollowsBadge").queryLabeled().isVisible()).as("the laptop says so").isTrue();
        assertThat(labels(projection.root())).as("the wall does not").noneMatch(t -> t.contains("follow"));
        robot.interact(() -> room[0].close());
    }

    static List<String> labels(Node root) {
        List<String> out = new java.util.ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof javafx.scene.control.Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        // The wall draws a note's text as runs in a text flow (0104): the flow's text counts as one.
        if (n instanceof javafx.scene.text.TextFlow flow) {
            out.add(flow.getChildren().stream().filter(c -> c instanceof javafx.scene.text.Text)
                    .map(c -> ((javafx.scene.text.Text) c).getText()).collect(java.util.stream.Collectors.joining()));
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
