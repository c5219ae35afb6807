package org.zielbild.ui.shell.start;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.session.SessionSummary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.keys.Key;
import org.zielbild.ui.shell.keys.KeyNames;
import org.zielbild.ui.shell.keys.ShortcutMenus;

/**
 * What can be done with the selected session: buttons, a context menu and keys (Enter open,
 * F2 rename, Ctrl+D duplicate, Ctrl+E export, Delete delete), all through the view-model.
 */
final class SessionListActions {
    private final ListView<SessionSummary> list;
    private final StartViewModel vm;
    private final I18n i18n;
    private final FileDialogs files;
    private final Supplier<Window> window;
    private final BooleanBinding noSelection;

    SessionListActions(ListView<SessionSummary> list, StartViewModel vm, I18n i18n, FileDialogs files,
                       Supplier<Window> window) {
        this.list = list;
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
        this.window = window;
        this.noSelection = list.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty());
    }

    private SessionSummary selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    void onKey(KeyEvent e) {
        if (selected() == null || vm.busyProperty().get()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            open();
        } else if (e.getCode() == KeyCode.F2) {
            rename();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
            duplicate();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.E) {
            export();
        } else {
            return;
        }
        e.consume();
    }

    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu(
                item("start.open", Key.of(KeyCode.ENTER), MaterialDesignF.FOLDER_OPEN, this::open),
                item("start.rename", Key.of(KeyCode.F2), MaterialDesignP.PENCIL_OUTLINE, this::rename),
                item("start.duplicate", Key.shortcut(KeyCode.D), MaterialDesignC.CONTENT_COPY, this::duplicate),
                item("start.export", Key.shortcut(KeyCode.E), MaterialDesignE.EXPORT, this::export),
                new SeparatorMenuItem(),
                item("start.delete", Key.of(KeyCode.DELETE), MaterialDesignD.DELETE_OUTLINE, this::delete));
        menu.setId("sessionMenu");
        return menu;
    }

    private MenuItem item(String key, Key accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key), new FontIcon(icon));
        item.setId("menu-" + key.substring(key.indexOf('.') + 1));
        // Shown in the UI language as a hint; the list's key handler does the work (so no double firing).
        item.setAccelerator(new ShortcutMenus.ShownKey(KeyNames.text(accelerator, i18n)));
        item.disableProperty().bind(noSelection);
        item.setOnAction(e -> action.run());
        return item;
    }

    VBox buttons() {
        Button open = button("openSession", "start.open", MaterialDesignF.FOLDER_OPEN, this::open, true);
        open.getStyleClass().add(Styles.ACCENT);
        Button rename = button("renameSession", "start.rename", MaterialDesignP.PENCIL_OUTLINE, this::rename, true);
        Button duplicate = button("duplicateSession", "start.duplicate", MaterialDesignC.CONTENT_COPY, this::duplicate, true);
        Button export = button("exportSession", "start.export", MaterialDesignE.EXPORT, this::export, true);
        Button delete = button("deleteSession", "start.delete", MaterialDesignD.DELETE_OUTLINE, this::delete, true);
        delete.getStyleClass().add(Styles.DANGER);
        Button importFile = button("importSession", "start.import", MaterialDesignI.IMPORT, this::importFile, false);
        Button openFolder = button("openFolder", "start.openFolder", MaterialDesignF.FOLDER_SEARCH_OUTLINE, this::openFolder, false);
        FlowPane selectedRow = new FlowPane(8, 8, open, rename, duplicate, export, delete);
        FlowPane otherRow = new FlowPane(8, 8, importFile, openFolder);
        // Open keeps its name: it is what Enter does.
        OneRowButtons.fit(selectedRow, List.of(rename, duplicate, export, delete));
        OneRowButtons.fit(otherRow, List.of(importFile));
        return new VBox(8, selectedRow, otherRow);
    }

    private Button button(String id, String key, Ikon icon, Runnable action, boolean needsSelection) {
        Button b = new Button(i18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(needsSelection ? noSelection : vm.busyProperty());
        b.setOnAction(e -> action.run());
        return b;
    }

    private void open() {
        if (selected() != null) {
            vm.open(selected());
        }
    }

    private void rename() {
        SessionSummary s = selected();
        if (s == null) {
            return;
        }
        TextInputDialog ask = new TextInputDialog(s.title());
        ask.initOwner(window.get());
        ask.setTitle(i18n.t("start.renameTitle"));
        ask.setHeaderText(i18n.t("start.renameHeader", s.title()));
        ask.getEditor().setId("renameField");
        ask.getEditor().setPrefColumnCount(36);
        ask.getDialogPane().setId("renameDialog");
        ButtonType rename = new ButtonType(i18n.t("start.renameConfirm"), ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().setAll(rename, new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.showAndWait().map(String::strip).filter(t -> !t.equals(s.title())).ifPresent(t -> vm.rename(s, t));
    }

    private void duplicate() {
        SessionSummary s = selected();
        if (s != null) {
            vm.duplicate(s, i18n.t("start.copyTitle", s.title()));
        }
    }

    private void export() {
        SessionSummary s = selected();
        if (s == null) {
            return;
        }
        String name = s.title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".zielbild.json";
        files.chooseExportFile(window.get(), i18n.t("start.exportTitle"), name).ifPresent(file -> vm.exportTo(s, file));
    }

    private void delete() {
        SessionSummary s = selected();
        if (s == null) {
            return;
        }
        ButtonType confirm = new ButtonType(i18n.t("start.deleteConfirm"),
                ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                i18n.t(vm.deleteMovesToTrash() ? "start.deleteTrash" : "start.deleteForGood"), confirm,
                ButtonType.CANCEL);
        ask.initOwner(window.get());
        ask.setTitle(i18n.t("start.deleteTitle"));
        ask.setHeaderText(i18n.t("start.deleteHeader", s.title()));
        ask.getDialogPane().setId("deleteDialog");
        ask.getDialogPane().lookupButton(confirm).setId("confirmDelete");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(i18n.t("common.cancel"));
        // Cancel is the default: Enter on a delete confirmation must not delete.
        ((Button) ask.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.showAndWait().filter(b -> b == confirm).ifPresent(b -> vm.delete(s));
    }

    private void importFile() {
        files.chooseImportFile(window.get(), i18n.t("start.importTitle")).ifPresent(vm::importFrom);
    }

    private void openFolder() {
        files.chooseFolder(window.get(), i18n.t("start.openFolder")).ifPresent(vm::openFolder);
    }
}
