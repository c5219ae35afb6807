package org.zielbild.ui.kit.board;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zielbild.domain.board.Note;

/**
 * The keyboard on the board; the keys are listed in {@link BoardShortcut}. Zoom is Ctrl with + or −,
 * fit-all Ctrl+0 (a character typed on the board's stage goes into its note field, 0101).
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

    /** Ctrl with +, − or 0: zoom and fit, in every mode; true when handled. */
    private boolean viewKey(KeyEvent e) {
        if (BoardShortcut.ZOOM_IN.matches(e)) {
            board.zoom(1.25);
        } else if (BoardShortcut.ZOOM_OUT.matches(e)) {
            board.zoom(0.8);
        } else if (BoardShortcut.FIT_ALL.matches(e)) {
            board.fitAll();
        } else {
            return false;
        }
        return true;
    }

    private boolean editKey(KeyEvent e) {
        if (BoardShortcut.EDIT.matches(e)) {
            board.editSelected();
        } else if (BoardShortcut.DELETE.matches(e)) {
            vm.deleteSelected();
        } else if (BoardShortcut.CLEAR_SELECTION.matches(e)) {
            vm.clearSelection();
        } else if (BoardShortcut.SELECT_ALL.matches(e)) {
            vm.selectAll();
        } else if (BoardShortcut.SELECT_NEAREST.matches(e)) {
            selectToward(e.getCode());
        } else {
            return false;
        }
        return true;
    }

    private boolean ballotKey(KeyEvent e) {
        String voter = board.voterId();
        if (BoardShortcut.MOVE_CURSOR.matches(e)) {
            moveCursor(e.getCode());
        } else if (BoardShortcut.PLACE_DOT.matches(e)) {
            cursorNote().filter(n -> voter != null).ifPresent(n -> vm.voting().placeDot(voter, n.id()));
        } else if (BoardShortcut.TAKE_DOT_BACK.matches(e)) {
            cursorNote().filter(n -> voter != null).ifPresent(n -> vm.voting().removeDot(voter, n.id()));
        } else if (BoardShortcut.BALLOT_FIT.matches(e)) {
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
