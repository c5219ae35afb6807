package org.zielbild.ui.kit.board;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;

/**
 * Fields laid over the canvas to edit a note's text or a cluster's name where it is. Enter (or
 * leaving the field) commits, Esc cancels, Shift+Enter is a line break in a note. A refused text
 * (e.g. too long) keeps the field open with the text; the status line says why.
 */
final class InPlaceEditors {

    private final BoardCanvas board;
    private final BoardViewModel vm;
    private TextArea editor;
    private String editing;
    private TextField renamer;
    private String renaming;

    InPlaceEditors(BoardCanvas board, BoardViewModel vm) {
        this.board = board;
        this.vm = vm;
    }

    boolean isEditing() {
        return editor != null;
    }

    boolean isOpen() {
        return editor != null || renamer != null;
    }

    /** The note whose text is under the editor (not drawn), or null. */
    String editingNote() {
        return editing;
    }

    void editNote(Note n) {
        commitAll();
        editing = n.id();
        editor = new TextArea(n.text());
        editor.setId("noteEditor");
        editor.setWrapText(true);
        editor.getStyleClass().add("note-editor");
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                editor.replaceSelection("\n");
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                commitEdit();
                e.consume();
            }
        });
        show(editor, this::commitEdit, this::closeEditor);
    }

    void renameCluster(Cluster c) {
        commitAll();
        renaming = c.id();
        renamer = new TextField(c.name());
        renamer.setId("clusterRename");
        renamer.setOnAction(e -> commitRename());
        show(renamer, this::commitRename, this::closeRenamer);
    }

    void commitAll() {
        commitEdit();
        commitRename();
    }

    /** Keeps the fields over their note or frame while the view moves. */
    void position() {
        Viewport vp = board.viewport();
        if (editor != null) {
            Optional<Note> n = vm.snapshot().note(editing);
            if (n.isEmpty()) {
                closeEditor();
                return;
            }
            double x = vp.sx(n.get().x());
            double y = vp.sy(n.get().y());
            double w = Math.max(280, BoardGeometry.NOTE_W * vp.scale());
            double h = Math.max(170, BoardGeometry.NOTE_H * vp.scale());
            editor.resizeRelocate(Math.max(0, Math.min(x, board.getWidth() - w)),
                    Math.max(0, Math.min(y, board.getHeight() - h)), w, h);
        }
        if (renamer != null) {
            Bounds frame = vm.snapshot().frames().get(renaming);
            if (frame == null) {
                closeRenamer();
                return;
            }
            double x = vp.sx(frame.getMinX());
            double y = vp.sy(frame.getMinY());
            renamer.resizeRelocate(Math.max(0, x), Math.max(0, y), Math.max(220, frame.getWidth() * vp.scale()),
                    renamer.prefHeight(-1));
        }
    }

    private void show(TextInputControl field, Runnable commit, Runnable cancel) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && field.getScene() != null && board.holds(field)) {
                commit.run();
            }
        });
        board.addField(field);
        position();
        board.invalidate();
        field.requestFocus();
        field.selectAll();
    }

    private void commitEdit() {
        if (editor == null) {
            return;
        }
        if (vm.snapshot().note(editing).isEmpty() || vm.editText(editing, editor.getText())) {
            closeEditor();
        }
    }

    private void closeEditor() {
        if (editor != null) {
            TextArea e = editor;
            editor = null;
            editing = null;
            board.removeField(e);
        }
    }

    private void commitRename() {
        if (renamer == null) {
            return;
        }
        if (vm.snapshot().cluster(renaming).isEmpty() || vm.renameCluster(renaming, renamer.getText())) {
            closeRenamer();
        }
    }

    private void closeRenamer() {
        if (renamer != null) {
            TextField r = renamer;
            renamer = null;
            renaming = null;
            board.removeField(r);
        }
    }
}
