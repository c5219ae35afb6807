package org.zielbild.ui.shell.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.ui.common.KeyClaims;

/** Text inputs keep their keys; everything else gets the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class KeyboardControlFxTest {

    private final AtomicInteger black = new AtomicInteger();
    private final AtomicInteger timer = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger minute = new AtomicInteger();
    private final AtomicInteger pressed = new AtomicInteger();
    private final AtomicInteger freeze = new AtomicInteger();
    private final AtomicInteger overlayClosed = new AtomicInteger();
    private final AtomicInteger boardEscapes = new AtomicInteger();
    private final AtomicInteger boardZooms = new AtomicInteger();
    private final AtomicInteger editorCancels = new AtomicInteger();
    private final AtomicInteger ignored = new AtomicInteger();
    private boolean overlayOpen;
    /** Whether the stage on screen has a place to write (a board's note field), as the session window asks. */
    private boolean writing;
    private TextArea note;
    private TextField field;
    private TextArea area;
    private TextField editor;
    private Region board;
    private VBox root;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("field");
        area = new TextArea();
        area.setId("area");
        area.setPrefRowCount(2);
        Spinner<Integer> spinner = new Spinner<>(1, 99, 7);
        spinner.setEditable(true);
        spinner.setId("spinner");
        ListView<String> list = new ListView<>();
        list.setId("list");
        list.getItems().addAll("a", "b");
        list.setPrefHeight(60);
        Button button = new Button("press");
        button.setId("button");
        button.setOnAction(e -> pressed.incrementAndGet());
        // A board-like control: takes + and F itself, and Esc (clear the selection).
        board = new Region();
        board.setId("board");
        board.setFocusTraversable(true);
        board.setPrefSize(100, 40);
        KeyClaims.claim(board, KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD, KeyCode.F);
        board.setOnMouseClicked(e -> board.requestFocus());
        board.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                boardEscapes.incrementAndGet();
                e.consume();
            } else if (e.getCode() == KeyCode.F || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS
                    || e.getCode() == KeyCode.ADD) {
                boardZooms.incrementAndGet();
                e.consume();
            }
        });
        // An in-place editor that cancels with Esc (like a board's note editor).
        editor = new TextField();
        editor.setId("editor");
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                editorCancels.incrementAndGet();
                e.consume();
            }
        });
        note = new TextArea();
        note.setId("note");
        note.setPrefRowCount(1);
        org.zielbild.ui.common.WritingPlace.mark(note);
        root = new VBox(field, area, spinner, list, button, board, editor, note);
        Scene scene = new Scene(root, 400, 420);
        new KeyboardControl()
                .on(Shortcut.BLACK_SCREEN, black::incrementAndGet)
                .on(Shortcut.START_PAUSE, timer::incrementAndGet)
                .on(Shortcut.NEXT_STAGE, next::incrementAndGet)
                .on(Shortcut.ADD_MINUTE, minute::incrementAndGet)
                .on(Shortcut.ADD_FIVE_MINUTES, minute::incrementAndGet)
                .on(Shortcut.FREEZE, freeze::incrementAndGet)
                .onIf(Shortcut.CLOSE_OVERLAY, () -> {
                    if (!overlayOpen) {
                        return false;
                    }
                    overlayOpen = false;
                    overlayClosed.incrementAndGet();
                    return true;
                })
                .inTextInput(Shortcut.CLOSE_OVERLAY, () -> {
                    root.requestFocus();
                    return true;
                })
                .writingPlace(() -> writing ? org.zielbild.ui.common.WritingPlace.in(root) : java.util.Optional.empty())
                .onIgnoredTyping(ignored::incrementAndGet)
                .install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void singleKeysTypeIntoTextInputs(FxRobot robot) {
        robot.clickOn("#field").write("b. +").type(KeyCode.PAGE_DOWN);
        robot.clickOn("#area").write("b+");
        robot.clickOn("#spinner").write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("b. +");
        assertThat(area.getText()).isEqualTo("b+");
        assertThat(((Spinner<?>) robot.lookup("#spinner").query()).getEditor().getText()).isEqualTo("75");
        assertThat(black.get() + timer.get() + next.get() + minute.get()).isZero();
    }

    @Test
    void keysWithCtrlWorkEvenInATextField(FxRobot robot) {
        robot.clickOn("#field");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.get()).isEqualTo(1);
        assertThat(next.get()).isEqualTo(1);
        assertThat(field.getText()).isEmpty();
    }

    @Test
    void outsideTextInputsKeysThatTypeACharacterNeverReachTheTimerOnlyTheClickersBlackScreen(FxRobot robot) {
        robot.clickOn("#list").type(KeyCode.B).write("+5-").type(KeyCode.SPACE).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.get()).as("a clicker's B").isEqualTo(1);
        assertThat(minute.get()).as("+ and 5 are only characters").isZero();
        assertThat(timer.get()).as("Space is only a character").isZero();
        assertThat(next.get()).isEqualTo(1);
        assertThat(ignored.get()).as("the laptop hears of the characters that did nothing").isPositive();
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timer.get()).isEqualTo(1);
        assertThat(minute.get()).isEqualTo(1);
    }

    @Test
    void onAStageWithAPlaceToWriteStrayTypingBeginsAnEntryThereAndNothingElse(FxRobot robot) {
        writing = true;
        robot.clickOn("#list").write("Budget b. +5");
        robot.type(KeyCode.SPACE).write("fertig");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getText()).isEqualTo("Budget b. +5 fertig");
        assertThat(note.isFocused()).as("the field has the focus: the next key goes on typing").isTrue();
        assertThat(black.get() + timer.get() + minute.get() + freeze.get()).isZero();
        // Keys that type nothing still steer the day.
        robot.clickOn("#list").type(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(next.get()).isEqualTo(1);
        assertThat(black.get()).isEqualTo(1);
        assertThat(ignored.get()).isZero();
    }

    @Test
    void aFocusedButtonKeepsSpace(FxRobot robot) {
        robot.clickOn("#button");
        int clicks = pressed.get();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pressed.get()).isEqualTo(clicks + 1);
        assertThat(timer.get()).isZero();
    }

    @Test
    void escapeWithNoOverlayOpenReachesTheFocusedControl(FxRobot robot) {
        robot.clickOn("#board").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardEscapes.get()).as("the board clears its selection").isEqualTo(1);
        overlayOpen = true;
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlayClosed.get()).as("an open overlay takes Esc first").isEqualTo(1);
        assertThat(boardEscapes.get()).isEqualTo(1);
    }

    @Test
    void escapeLeavesATextFieldSoThatSingleKeysWorkAgain(FxRobot robot) {
        robot.clickOn("#field").write("b");
        robot.type(KeyCode.ESCAPE).type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("b");
        assertThat(field.isFocused()).isFalse();
        assertThat(black.get()).as("B after Esc blacks the projector").isEqualTo(1);
    }

    @Test
    void aFieldThatCancelsWithEscapeKeepsTheFocusAndItsEscape(FxRobot robot) {
        robot.clickOn("#editor").write("x").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editorCancels.get()).isEqualTo(1);
        assertThat(editor.isFocused()).isTrue();
    }

    @Test
    void plainKeysAControlClaimsStayWithIt(FxRobot robot) {
        robot.clickOn("#board");
        // What a keyboard sends for "+": the key (here the keypad's), then the character it typed.
        keystroke(KeyCode.ADD, "+");
        robot.type(KeyCode.F).type(KeyCode.B);
        keystroke(KeyCode.DIGIT5, "5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(boardZooms.get()).as("+ zooms and F fits on the board").isEqualTo(2);
        assertThat(minute.get()).as("neither + nor 5 is a minute (0101)").isZero();
        assertThat(freeze.get()).isZero();
        assertThat(black.get()).as("keys the board does not claim stay shortcuts").isEqualTo(1);
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.get()).isEqualTo(2);
    }

    /** Sends pressed, typed and released to the focused node, as the keyboard would. */
    private void keystroke(KeyCode code, String character) {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Node target = root.getScene().getFocusOwner();
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
            javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
