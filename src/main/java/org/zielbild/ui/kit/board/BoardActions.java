package org.zielbild.ui.kit.board;

/** Board actions that need a dialog or an in-place field, offered by the board view to its parts. */
public interface BoardActions {

    /** Edits the one selected note in a small dialog (from the list, where no canvas is shown). */
    void editSelectedInDialog();

    /** Renames a cluster (in place on the canvas, or in a dialog from the list). */
    void renameCluster(String clusterId);
}
