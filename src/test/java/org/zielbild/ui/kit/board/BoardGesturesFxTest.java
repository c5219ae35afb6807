package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/** Merging clusters by dragging one onto the other, and voting on the private ballot screen with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class BoardGesturesFxTest {

    private SessionModelFixture t;
    private BoardViewModel vm;
    private BoardView view;

    @Start
    void start(Stage stage) {
        t = new SessionModelFixture();
        vm = t.board();
        view = SessionModelFixture.showBoardView(stage, vm);
    }

    private Note note(String text) {
        return vm.snapshot().notes().stream().filter(n -> n.text().equals(text)).findFirst().orElseThrow();
    }

    private void type(String... texts) {
        for (String s : texts) {
            vm.capture().textProperty().set(s);
            vm.capture().add();
        }
    }

    private Point2D onScreen(double boardX, double boardY) {
        double[] p = view.canvas().toScreen(boardX, boardY);
        return view.canvas().localToScreen(p[0], p[1]);
    }

    private String clusterNamed(String name) {
        return vm.snapshot().clusters().stream().filter(c -> c.name().equals(name)).map(Cluster::id).findFirst().orElseThrow();
    }

    @Test
    void draggingAClusterOntoAnotherMergesThemInOneUndoStep(FxRobot robot) {
        robot.interact(() -> {
            type("a1", "a2", "a3", "b1", "b2", "b3");
            vm.select(List.of(note("a1").id(), note("a2").id(), note("a3").id()), false);
            vm.groupSelected("Meetings");
            vm.select(List.of(note("b1").id(), note("b2").id(), note("b3").id()), false);
            vm.groupSelected("Tools");
            vm.clearSelection();
            view.canvas().fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String meetings = clusterNamed("Meetings");
        String tools = clusterNamed("Tools");
        Bounds from = vm.snapshot().frames().get(meetings);
        Bounds onto = vm.snapshot().frames().get(tools);
        // Grab "Meetings" by its name bar and drop it in the middle of "Tools".
        robot.moveTo(onScreen(from.getMinX() + 30, from.getMinY() + BoardGeometry.FRAME_TITLE / 2))
                .press(MouseButton.PRIMARY).moveBy(10, 10)
                .moveTo(onScreen(onto.getCenterX(), onto.getCenterY())).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().clusters()).extracting(Cluster::name).containsExactly("Tools");
        assertThat(vm.snapshot().membersOf(tools)).extracting(Note::text)
                .containsExactlyInAnyOrder("a1", "a2", "a3", "b1", "b2", "b3");
        assertThat(new I18n(Language.EN).text(t.model.undoLabelProperty().get())).contains("Meetings").contains("Tools");

        robot.interact(() -> t.model.undo());
        assertThat(vm.snapshot().clusters()).extracting(Cluster::name).containsExactly("Meetings", "Tools");
        assertThat(vm.snapshot().membersOf(meetings)).extracting(Note::text).containsExactly("a1", "a2", "a3");
        assertThat(vm.snapshot().frames().get(meetings)).isEqualTo(from);
    }

    @Test
    void droppingAClusterOnEmptyBoardOnlyMovesIt(FxRobot robot) {
        robot.interact(() -> {
            type("a1", "a2");
            vm.selectAll();
            vm.groupSelected("Meetings");
            vm.clearSelection();
            view.canvas().fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String meetings = clusterNamed("Meetings");
        Bounds from = vm.snapshot().frames().get(meetings);
        robot.moveTo(onScreen(from.getMinX() + 30, from.getMinY() + BoardGeometry.FRAME_TITLE / 2))
                .press(MouseButton.PRIMARY).moveBy(10, 10).moveBy(0, 120).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.snapshot().clusters()).hasSize(1);
        assertThat(vm.snapshot().frames().get(meetings).getMinY()).isGreaterThan(from.getMinY());
    }

    @Test
    void aVoterPlacesAndTakesBackDotsWithTheKeyboardAndEnterHandsOver(FxRobot robot) {
        robot.interact(() -> {
            type("a", "b");
            vm.voting().start(3, 0);
        });
        robot.clickOn("#openBallot");
        Node screen = robot.lookup("#ballotStart").query().getScene().getRoot();
        List<Participant> people = t.model.session().roster().participants();
        String ann = people.get(0).id();
        // The next voter is proposed; Enter starts.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        BoardCanvas ballot = robot.from(screen).lookup(".board-canvas").queryAs(BoardCanvas.class);
        assertThat(ballot.isFocused()).isTrue();
        assertThat(ballot.cursor()).as("starts on the top left note").isEqualTo(note("a").id());
        assertThat(robot.from(screen).lookup("#ballotHow").queryAs(Label.class).getText())
                .contains("arrow keys").contains("Space").contains("Backspace").contains("Enter");

        robot.type(KeyCode.SPACE).type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT).type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ballot.cursor()).isEqualTo(note("b").id());
        assertThat(vm.voting().dotsOf(ann)).isEqualTo(Map.of(note("a").id(), 2, note("b").id(), 1));
        assertThat(robot.from(screen).lookup("#ballotTurn").queryAs(Label.class).getText()).contains("0 of 3");
        // No fourth dot, however often Space is pressed.
        robot.type(KeyCode.SPACE).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.voting().dotsLeft(ann)).isZero();
        robot.type(KeyCode.SUBTRACT).type(KeyCode.LEFT).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.voting().dotsOf(ann)).isEqualTo(Map.of(note("a").id(), 1));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(screen).lookup(".board-canvas").tryQuery()).as("hand-over: nothing of the board").isEmpty();
        ComboBox<?> who = robot.from(screen).lookup("#ballotWho").queryAs(ComboBox.class);
        assertThat(((Participant) who.getValue()).id()).isEqualTo(people.get(1).id());
        assertThat(vm.snapshot().revealedTotals()).as("still hidden").isEmpty();
        robot.clickOn(robot.from(screen).lookup("#ballotClose").queryAs(Node.class));
    }

    @Test
    void onALargeBoardTheBallotScreenStartsReadableAtTheCursor(FxRobot robot) {
        robot.interact(() -> {
            for (int area = 0; area < 2; area++) {
                vm.capture().areaProperty().set(area);
                for (int i = 0; i < 30; i++) {
                    type("note " + area + "-" + i);
                }
            }
            vm.voting().start(3, 0);
        });
        robot.clickOn("#openBallot");
        Node screen = robot.lookup("#ballotStart").query().getScene().getRoot();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        BoardCanvas ballot = robot.from(screen).lookup(".board-canvas").queryAs(BoardCanvas.class);
        assertThat(ballot.viewport().scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(RenderStyle.LAPTOP.textLod);
        Bounds visible = ballot.viewport().visible(ballot.getWidth(), ballot.getHeight());
        assertThat(visible.contains(BoardGeometry.noteBounds(vm.snapshot().note(ballot.cursor()).orElseThrow()))).isTrue();
        // Walking right along the row keeps the cursor in view.
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Bounds now = ballot.viewport().visible(ballot.getWidth(), ballot.getHeight());
        assertThat(now.contains(BoardGeometry.noteBounds(vm.snapshot().note(ballot.cursor()).orElseThrow()))).isTrue();
        robot.clickOn(robot.from(screen).lookup("#ballotDone").queryAs(Node.class));
        robot.clickOn(robot.from(screen).lookup("#ballotClose").queryAs(Node.class));
    }

    @Test
    void theViewFollowsTheBoardAsItGrowsUntilTheUserZooms(FxRobot robot) throws Exception {
        robot.interact(() -> type("one"));
        WaitForAsyncUtils.waitForFxEvents();
        BoardCanvas canvas = view.canvas();
        assertThat(canvas.isAutoFit()).isTrue();
        Viewport small = canvas.viewport();
        robot.interact(() -> type("two", "three", "four", "five", "six", "seven", "eight"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvas.viewport().scale() < small.scale());
        Bounds visible = canvas.viewport().visible(canvas.getWidth(), canvas.getHeight());
        assertThat(vm.snapshot().notes()).allSatisfy(n -> assertThat(visible.contains(BoardGeometry.noteBounds(n))).isTrue());

        robot.interact(() -> canvas.zoom(1.25));
        Viewport chosen = canvas.viewport();
        robot.interact(() -> type("nine"));
        assertThat(canvas.viewport()).as("the user's zoom stays").isEqualTo(chosen);
        assertThat(canvas.isAutoFit()).isFalse();
        robot.clickOn("#fitAll");
        assertThat(canvas.isAutoFit()).isTrue();
        assertThat(canvas.viewport()).isNotEqualTo(chosen);
    }

    @Test
    void onTheFacilitatorsBoardZoomNeedsCtrlSoTheDaysPlainKeysStayWithTheDay(FxRobot robot) {
        robot.interact(() -> type("one", "two"));
        BoardCanvas canvas = view.canvas();
        robot.clickOn("#boardCanvas");
        Viewport before = canvas.viewport();
        // Plain keys never zoom: in a session window they are characters that begin a note (0101).
        robot.type(KeyCode.SPACE).type(KeyCode.ADD).type(KeyCode.SUBTRACT).type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.viewport()).isEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.viewport().scale()).isCloseTo(before.scale() * 1.25, org.assertj.core.data.Offset.offset(1e-9));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.viewport()).isEqualTo(before);
        assertThat(canvas.isAutoFit()).isTrue();
    }

    @Test
    void insideTabsAClickOnTheBoardKeepsTheKeyboardOnTheBoard(FxRobot robot) {
        BoardView[] tabbed = new BoardView[1];
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            type("one", "two");
            // As in the modules: the board is a tab's content (a TabPane asks for the focus on every press).
            tabbed[0] = new BoardView(vm, new I18n(Language.EN));
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                    new javafx.scene.control.Tab("Check-in"), new javafx.scene.control.Tab("Board", tabbed[0].root()));
            tabs.getSelectionModel().select(1);
            window[0] = new Stage();
            window[0].setScene(new Scene(tabs, 1000, 700));
            window[0].show();
        });
        BoardCanvas canvas = tabbed[0].canvas();
        Note one = note("one");
        double[] p = canvas.toScreen(one.x() + 100, one.y() + 70);
        robot.clickOn(canvas.localToScreen(p[0], p[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isFocused()).isTrue();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isEditing()).as("F2 reached the board").isTrue();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window[0].close());
    }

    @Test
    void aNoteTypedOutOfViewIsBroughtIntoView(FxRobot robot) {
        robot.interact(() -> type("one", "two"));
        BoardCanvas canvas = view.canvas();
        robot.interact(() -> canvas.setViewport(new Viewport(1.0, 0, 0)));
        robot.interact(() -> {
            vm.capture().areaProperty().set(1);
            type("far away in Gains");
        });
        Note added = note("far away in Gains");
        assertThat(canvas.isAutoFit()).isFalse();
        assertThat(canvas.viewport().visible(canvas.getWidth(), canvas.getHeight())
                .contains(BoardGeometry.noteBounds(added))).isTrue();
    }

    @Test
    void fiveNotesOnALaptopSizedBoardAreDrawnWithTheirText(FxRobot robot) {
        BoardCanvas[] small = new BoardCanvas[1];
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            small[0] = new BoardCanvas(vm, BoardCanvas.Mode.EDIT);
            window[0] = new Stage();
            // The board's share of a 1280 x 800 window on the reflection stage.
            window[0].setScene(new Scene(new javafx.scene.layout.StackPane(small[0]), 640, 250));
            window[0].show();
            type("Too many meetings", "Unclear priorities", "Great team spirit", "Customers thank us", "Old tools");
        });
        WaitForAsyncUtils.waitForFxEvents();
        BoardCanvas canvas = small[0];
        assertThat(canvas.viewport().scale() * BoardGeometry.NOTE_W).isGreaterThanOrEqualTo(RenderStyle.LAPTOP.textLod);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> {
            canvas.redrawNow();
            shot[0] = canvas.snapshot(null, null);
        });
        for (Note n : vm.snapshot().notes()) {
            double[] p = canvas.toScreen(n.x(), n.y());
            double k = canvas.viewport().scale();
            assertThat(p[0]).isGreaterThanOrEqualTo(0);
            assertThat(p[0] + BoardGeometry.NOTE_W * k).isLessThanOrEqualTo(640);
            assertThat(darkPixels(shot[0], p[0], p[1], BoardGeometry.NOTE_W * k, BoardGeometry.NOTE_H * k))
                    .as("text drawn on " + n.text()).isGreaterThan(20);
        }
        robot.interact(() -> window[0].close());
    }

    /** Pixels of the note text colour (dark) inside a rectangle of the image. */
    static int darkPixels(javafx.scene.image.Image image, double x, double y, double w, double h) {
        javafx.scene.image.PixelReader r = image.getPixelReader();
        int count = 0;
        for (int px = (int) Math.max(0, x); px < Math.min(image.getWidth(), x + w); px++) {
            for (int py = (int) Math.max(0, y); py < Math.min(image.getHeight(), y + h); py++) {
                javafx.scene.paint.Color c = r.getColor(px, py);
                if (c.getRed() < 0.35 && c.getGreen() < 0.35 && c.getBlue() < 0.35) {
                    count++;
                }
            }
        }
        return count;
    }
}
