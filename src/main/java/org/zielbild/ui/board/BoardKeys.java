package org.zielbild.ui.board;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zielbild.domain.Note;

/**
 * The keyboard on the board. Zoom is Ctrl with + or −, fit-all Ctrl+0 (plain Space, +, −, F, B,
 * D, T belong to the day's shortcuts in the session window: timer, projector, day view).
 * Facilitator's board: arrows select the nearest note in that direction, Enter or F2 edits, Del
 * or Backspace deletes, Ctrl+A selects all. Ballot screen (its own window, where the day's
 * shortcuts do not listen): arrows move the cursor between notes, Space or + gives the note under
 * it a dot, − or Backspace takes one back, F fits; Enter is left to the screen (finish and hand over).
 */
final class BoardKeys {

    private final BoardCanvas board;
    private final BoardViewModel vm;

    BoardKeys(BoardCanvas board, BoardViewModel vm) {
        this.board = board;
        this.vm = vm;
    }

    void install() {
        board.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        if (board.editors().isOpen()) {
            return;
        }
        boolean handled = viewKey(e) || (board.mode() == BoardCanvas.Mode.BALLOT ? ballotKey(e) : editKey(e));
        if (handled) {
            e.consume();
        }
    }

    private static boolean isPlus(KeyCode code) {
        return code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD;
    }

    private static boolean isMinus(KeyCode code) {
        return code == KeyCode.MINUS || code == KeyCode.SUBTRACT;
    }

    /** Ctrl with +, − or 0: zoom and fit, in every mode; true when handled. */
    private boolean viewKey(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return false;
        }
        KeyCode code = e.getCode();
        if (isPlus(code)) {
            board.zoom(1.25);
        } else if (isMinus(code)) {
            board.zoom(0.8);
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            board.fitAll();
        } else {
            return false;
        }
        return true;
    }

    private boolean editKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER || code == KeyCode.F2) {
            board.editSelected();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.deleteSelected();
        } else if (code == KeyCode.ESCAPE) {
            vm.clearSelection();
        } else if (code == KeyCode.A && e.isShortcutDown()) {
            vm.selectAll();
        } else if (code.isArrowKey()) {
            selectToward(code);
        } else {
            return false;
        }
        return true;
    }

    private boolean ballotKey(KeyEvent e) {
        KeyCode code = e.getCode();
        String voter = board.voterId();
        if (code.isArrowKey()) {
            moveCursor(code);
        } else if (code == KeyCode.SPACE || isPlus(code)) {
            cursorNote().filter(n -> voter != null).ifPresent(n -> vm.voting().placeDot(voter, n.id()));
        } else if (isMinus(code) || code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) {
            cursorNote().filter(n -> voter != null).ifPresent(n -> vm.voting().removeDot(voter, n.id()));
        } else if (code == KeyCode.F) {
            board.fitAll();
        } else {
            return false;
        }
        board.invalidate();
        return true;
    }

    private Optional<Note> cursorNote() {
        String id = board.cursor();
        return id == null ? Optional.empty() : vm.snapshot().note(id);
    }

    private void moveCursor(KeyCode direction) {
        List<Note> notes = vm.snapshot().notes();
        Optional<Note> from = cursorNote();
        Optional<Note> to = from.isEmpty() ? NoteNavigator.first(notes) : NoteNavigator.next(notes, from.get(), direction);
        to.ifPresent(n -> {
            board.moveCursorTo(n.id());
            board.reveal(n);
        });
    }

    /** Arrow keys select the nearest note in that direction, and bring it into view. */
    private void selectToward(KeyCode direction) {
        List<Note> notes = vm.snapshot().notes();
        Optional<Note> from = vm.singleSelected();
        Optional<Note> to = from.isEmpty() ? NoteNavigator.first(notes) : NoteNavigator.next(notes, from.get(), direction);
        to.ifPresent(n -> {
            vm.select(List.of(n.id()), false);
            board.reveal(n);
        });
    }
}
