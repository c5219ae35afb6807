package org.zielbild.ui.kit.board;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.zielbild.domain.board.Cluster;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.imports.ImportDialog;
import org.zielbild.ui.common.imports.TextFiles;

/** The board's dialogs and menus: naming a cluster, editing a note, the cluster menu, importing notes. */
final class BoardDialogs {

    private final BoardViewModel vm;
    private final I18n i18n;
    private final Node owner;
    private final BoardCanvas canvas;

    BoardDialogs(BoardViewModel vm, I18n i18n, Node owner, BoardCanvas canvas) {
        this.vm = vm;
        this.i18n = i18n;
        this.owner = owner;
        this.canvas = canvas;
    }

    /** Asks for a name and groups the selected notes under it. */
    void groupSelected() {
        if (vm.selection().isEmpty()) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(i18n.t("board.clusterDefault", vm.snapshot().clusters().size() + 1));
        ask.initOwner(window());
        ask.setTitle(i18n.t("board.group"));
        ask.setHeaderText(i18n.t("board.groupAsk", vm.selection().size()));
        ask.getEditor().setId("clusterName");
        Optional<String> name = ask.showAndWait();
        name.ifPresent(vm::groupSelected);
    }

    /** The actions on one cluster, at the last right-click on the canvas. */
    void clusterMenu(String clusterId) {
        Optional<Cluster> cluster = vm.snapshot().cluster(clusterId);
        if (cluster.isEmpty()) {
            return;
        }
        MenuItem rename = new MenuItem(i18n.t("board.rename"));
        rename.setOnAction(e -> canvas.renameCluster(clusterId));
        MenuItem tidy = new MenuItem(i18n.t("board.tidy"));
        tidy.setOnAction(e -> vm.tidyCluster(clusterId));
        MenuItem select = new MenuItem(i18n.t("board.selectMembers"));
        select.setOnAction(e -> vm.select(vm.snapshot().membersOf(clusterId).stream().map(n -> n.id()).toList(), false));
        Menu merge = new Menu(i18n.t("board.mergeInto"));
        for (Cluster other : vm.snapshot().clusters()) {
            if (!other.id().equals(clusterId)) {
                MenuItem item = new MenuItem(other.name());
                item.setOnAction(e -> vm.mergeClusters(other.id(), clusterId));
                merge.getItems().add(item);
            }
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem dissolve = new MenuItem(i18n.t("board.dissolve"));
        dissolve.setOnAction(e -> vm.dissolveCluster(clusterId));
        ContextMenu menu = new ContextMenu(rename, select, tidy, merge, dissolve);
        menu.show(canvas, canvas.lastClickOnScreen().getX(), canvas.lastClickOnScreen().getY());
    }

    /** Edits the one selected note in a small dialog. */
    void editSelectedInDialog() {
        vm.singleSelected().ifPresent(note -> {
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(window());
            dialog.setTitle(i18n.t("board.edit"));
            TextArea text = new TextArea(note.text());
            text.setWrapText(true);
            text.setPrefRowCount(6);
            text.setId("noteDialogText");
            dialog.getDialogPane().setContent(text);
            dialog.getDialogPane().getButtonTypes().addAll(
                    new ButtonType(i18n.t("common.save"), ButtonBar.ButtonData.OK_DONE),
                    new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? text.getText() : null);
            dialog.showAndWait().ifPresent(t -> vm.editText(note.id(), t));
        });
    }

    /** Renames a cluster in a dialog. */
    void renameCluster(String clusterId) {
        vm.snapshot().cluster(clusterId).ifPresent(c -> {
            TextInputDialog ask = new TextInputDialog(c.name());
            ask.initOwner(window());
            ask.setTitle(i18n.t("board.rename"));
            ask.setHeaderText(null);
            ask.showAndWait().ifPresent(name -> vm.renameCluster(clusterId, name));
        });
    }

    /** Notes from pasted lines, with a preview. */
    void importLines() {
        new ImportDialog<>(window(), i18n, "board.import.pasteTitle", "board.import.pasteHint", "",
                vm.capture()::previewLines).showAndWait().ifPresent(vm.capture()::applyImport);
    }

    /** Notes from a CSV file, with a preview. */
    void importCsv() {
        TextFiles.chooseAndRead(window(), i18n, "board.import.csv",
                        p -> vm.model().notifier().error(p.message()))
                .flatMap(text -> new ImportDialog<>(window(), i18n, "board.import.csvTitle",
                        "board.import.csvHint", text, vm.capture()::previewCsv).showAndWait())
                .ifPresent(vm.capture()::applyImport);
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
