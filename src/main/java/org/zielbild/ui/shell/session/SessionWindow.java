package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.module.ModuleRegistry;

/**
 * The facilitator's window while a session is open: menu and toolbar, the agenda on the left,
 * the current stage in the middle, the status line at the bottom.
 */
public final class SessionWindow {

    /** What the window asks of the shell around it. */
    public interface Actions {
        void closeSession();

        void openSettings();

        void editParticipants();

        void editAgenda();

        void quit();
    }

    public static final KeyCombination NEXT_STAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PREVIOUS_STAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);

    private final SessionViewModel vm;
    private final SessionModel model;
    private final I18n i18n;
    private final Actions actions;
    private final StageHost host;
    private final BorderPane root = new BorderPane();
    private final ToolBar toolBar = new ToolBar();

    public SessionWindow(SessionViewModel vm, StatusNotifier notifier, ModuleRegistry registry, I18n i18n,
                         Actions actions) {
        this.vm = vm;
        this.model = vm.model();
        this.i18n = i18n;
        this.actions = actions;
        ModuleKinds kinds = new ModuleKinds(registry, i18n);
        this.host = new StageHost(vm, registry, i18n);
        AgendaSidebar sidebar = new AgendaSidebar(vm, kinds, i18n);
        StatusBar status = new StatusBar(model, notifier, i18n);

        buildToolBar();
        root.setTop(new VBox(menuBar(), toolBar));
        SplitPane split = new SplitPane(sidebar.root(), host.root());
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        root.setCenter(split);
        root.setBottom(status.root());
        root.getStyleClass().add("session-window");
    }

    public Parent root() {
        return root;
    }

    public SessionViewModel viewModel() {
        return vm;
    }

    public StageHost stageHost() {
        return host;
    }

    /** The toolbar, for controls other parts of the shell add (timer, projector). */
    public ToolBar toolBar() {
        return toolBar;
    }

    /**
     * Shortcuts that must work wherever the focus is, even inside controls that would take the
     * keys for themselves (a TabPane uses Ctrl+PageDown too).
     */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_STAGE.match(e)) {
                vm.next();
                e.consume();
            } else if (PREVIOUS_STAGE.match(e)) {
                vm.previous();
                e.consume();
            }
        });
    }

    /** The window title: the session's title, then the app. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(() -> i18n.t("window.title", model.session().info().title()),
                model.sessionProperty());
    }

    public void dispose() {
        host.dispose();
    }

    private MenuBar menuBar() {
        MenuItem close = item("menu.closeSession", MaterialDesignC.CLOSE, "Shortcut+W", actions::closeSession);
        MenuItem settings = item("menu.settings", MaterialDesignC.COG, "Shortcut+Comma", actions::openSettings);
        MenuItem quit = item("menu.quit", null, "Shortcut+Q", actions::quit);
        Menu file = new Menu(i18n.t("menu.file"), null, close, settings, new SeparatorMenuItem(), quit);

        MenuItem undo = item("menu.undo", MaterialDesignU.UNDO, "Shortcut+Z", model::undo);
        undo.setId("menuUndo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.textProperty().bind(historyLabel("menu.undo", "menu.undoWhat", model.undoLabelProperty()));
        MenuItem redo = item("menu.redo", MaterialDesignR.REDO, "Shortcut+Shift+Z", model::redo);
        redo.setId("menuRedo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.textProperty().bind(historyLabel("menu.redo", "menu.redoWhat", model.redoLabelProperty()));
        MenuItem redoAlt = item("menu.redo", null, "Shortcut+Y", model::redo);
        redoAlt.setVisible(false);
        redoAlt.disableProperty().bind(model.canRedoProperty().not());
        Menu edit = new Menu(i18n.t("menu.edit"), null, undo, redo, redoAlt);

        MenuItem participants = item("menu.participants", MaterialDesignA.ACCOUNT_GROUP, "Shortcut+Shift+P",
                actions::editParticipants);
        MenuItem agenda = item("menu.agenda", MaterialDesignF.FORMAT_LIST_NUMBERED, "Shortcut+Shift+A",
                actions::editAgenda);
        Menu session = new Menu(i18n.t("menu.session"), null, participants, agenda);

        MenuItem next = item("menu.nextStage", MaterialDesignC.CHEVRON_RIGHT, null, vm::next);
        next.setAccelerator(NEXT_STAGE);
        MenuItem previous = item("menu.previousStage", MaterialDesignC.CHEVRON_LEFT, null, vm::previous);
        previous.setAccelerator(PREVIOUS_STAGE);
        Menu go = new Menu(i18n.t("menu.go"), null, next, previous);

        MenuBar bar = new MenuBar(file, edit, session, go);
        bar.setId("menuBar");
        return bar;
    }

    private void buildToolBar() {
        Label title = new Label();
        title.setId("sessionTitleLabel");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.session().info().title(),
                model.sessionProperty()));
        Button undo = iconButton("undoButton", MaterialDesignU.UNDO, "menu.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = iconButton("redoButton", MaterialDesignR.REDO, "menu.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button previous = iconButton("previousStage", MaterialDesignC.CHEVRON_LEFT, "menu.previousStage", vm::previous);
        Button next = iconButton("nextStage", MaterialDesignC.CHEVRON_RIGHT, "menu.nextStage", vm::next);
        previous.disableProperty().bind(vm.currentIndexProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canGoNext(),
                vm.currentIndexProperty(), vm.stages()));
        Button participants = new Button(i18n.t("toolbar.participants"), new FontIcon(MaterialDesignA.ACCOUNT_GROUP));
        participants.setId("participantsButton");
        participants.setOnAction(e -> actions.editParticipants());
        Button agenda = new Button(i18n.t("toolbar.agenda"), new FontIcon(MaterialDesignF.FORMAT_LIST_NUMBERED));
        agenda.setId("agendaButton");
        agenda.setOnAction(e -> actions.editAgenda());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox stageNav = new HBox(4, previous, next);
        stageNav.setAlignment(Pos.CENTER_LEFT);
        toolBar.getItems().addAll(title, spacer, undo, redo, stageNav, participants, agenda);
        toolBar.setPadding(new Insets(4, 8, 4, 8));
    }

    private Button iconButton(String id, Ikon icon, String tooltipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(i18n.t(tooltipKey)));
        b.setAccessibleText(i18n.t(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private MenuItem item(String key, Ikon icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key), icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private javafx.beans.binding.StringBinding historyLabel(String plainKey, String whatKey,
                                                            javafx.beans.value.ObservableValue<Message> what) {
        return Bindings.createStringBinding(() -> what.getValue() == null
                ? i18n.t(plainKey) : i18n.t(whatKey, i18n.text(what.getValue())), what);
    }
}
