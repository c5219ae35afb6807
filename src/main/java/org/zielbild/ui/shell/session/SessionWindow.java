package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.zielbild.config.RoomSettings;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.keys.KeyboardControl;
import org.zielbild.ui.shell.keys.Shortcut;
import org.zielbild.ui.shell.keys.ShortcutMenus;
import org.zielbild.ui.shell.projector.ProjectorControl;
import org.zielbild.ui.shell.projector.Pulse;
import org.zielbild.ui.shell.run.Sound;
import org.zielbild.ui.shell.run.TimerViewModel;
import org.zielbild.ui.spi.ModuleRegistry;

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

        /** The minutes export dialog (any time of the day). */
        void exportMinutes();

        void quit();
    }

    /**
     * What running the day needs from outside: the clock stages and timers are read at (modules
     * get it too), the room settings (chime, projector theme), the chime's sound, the frame pulse
     * the projector redraws on and the supply of new ids the modules use.
     */
    public record Room(Clock clock, ObservableValue<RoomSettings> settings, Sound sound, Pulse pulse,
                       Supplier<String> ids) {

        /** The system clock, default settings, no sound, random ids. */
        public static Room defaults() {
            return new Room(Clock.systemDefaultZone(), new SimpleObjectProperty<>(RoomSettings.defaults()), Sound.SILENT,
                    Pulse.fx(), Ids::newId);
        }
    }

    private final SessionViewModel vm;
    private final SessionModel model;
    private final I18n i18n;
    private final Actions actions;
    private final StageHost host;
    private final StackPane root = new StackPane();
    private final BorderPane main = new BorderPane();
    private final ToolBar toolBar = new ToolBar();
    private final KeyboardControl keyboard = new KeyboardControl();
    private final DayControls day;
    private final StageExits exits;

    public SessionWindow(SessionViewModel vm, StatusNotifier notifier, ModuleRegistry registry, I18n i18n,
                         Actions actions) {
        this(vm, notifier, registry, i18n, actions, Room.defaults());
    }

    public SessionWindow(SessionViewModel vm, StatusNotifier notifier, ModuleRegistry registry, I18n i18n,
                         Actions actions, Room room) {
        this.vm = vm;
        this.model = vm.model();
        this.i18n = i18n;
        this.actions = actions;
        ModuleKinds kinds = new ModuleKinds(registry, i18n);
        this.host = new StageHost(vm, registry, i18n, room.clock(), room.ids());
        AgendaSidebar sidebar = new AgendaSidebar(vm, kinds, i18n);
        StatusBar status = new StatusBar(model, notifier, i18n);
        this.day = new DayControls(vm, host, root, i18n, room, keyboard, notifier);
        // Every way out of a stage asks its module first (End, next/previous, the sidebar, closing).
        this.exits = new StageExits(vm, host);
        vm.setLeaveCheck(exits);
        day.timers().setLeaveCheck(exits);
        bindKeys();

        buildToolBar();
        main.setTop(new VBox(menuBar(), toolBar, day.runRow()));
        SplitPane split = new SplitPane(sidebar.root(), host.root());
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        main.setCenter(split);
        main.setBottom(status.root());
        // Never wider than the window: a row that does not fit is cut at its end, not centred off-screen.
        main.setMinWidth(0);
        root.getChildren().add(main);
        root.getStyleClass().add("session-window");
    }

    public Parent root() {
        return root;
    }

    /** The timers of the day (for tests and the shell). */
    public TimerViewModel timers() {
        return day.timers();
    }

    /** The projector's switches; its window, while open. */
    public ProjectorControl projector() {
        return day.projector();
    }

    /** The shortcuts and their actions (both the keys and the overlay read {@link Shortcut}). */
    public KeyboardControl keyboard() {
        return keyboard;
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
        keyboard.install(scene);
    }

    /** The window title: the session's title, then the app. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(() -> i18n.t("window.title", model.session().info().title()),
                model.sessionProperty());
    }

    /**
     * Whether the session may close now: the stage on screen's module is asked first and may hold
     * it (the shell asks on Close session, Quit and the window's close button).
     */
    public boolean mayClose() {
        return exits.mayClose();
    }

    public void dispose() {
        day.dispose();
        host.dispose();
    }

    private void bindKeys() {
        keyboard.on(Shortcut.UNDO, model::undo)
                .on(Shortcut.REDO, model::redo)
                .on(Shortcut.PARTICIPANTS, actions::editParticipants)
                .on(Shortcut.AGENDA, actions::editAgenda)
                .on(Shortcut.SETTINGS, actions::openSettings)
                .on(Shortcut.EXPORT_MINUTES, actions::exportMinutes)
                .on(Shortcut.CLOSE_SESSION, actions::closeSession)
                .on(Shortcut.QUIT, actions::quit)
                .on(Shortcut.FACILITATOR_NOTES, host::toggleNotes);
    }

    private MenuBar menuBar() {
        MenuItem close = item("menu.closeSession", MaterialDesignC.CLOSE, Shortcut.CLOSE_SESSION, actions::closeSession);
        MenuItem settings = item("menu.settings", MaterialDesignC.COG, Shortcut.SETTINGS, actions::openSettings);
        MenuItem export = item("menu.exportMinutes", MaterialDesignF.FILE_EXPORT_OUTLINE, Shortcut.EXPORT_MINUTES,
                actions::exportMinutes);
        export.setId("menuExportMinutes");
        MenuItem quit = item("menu.quit", null, Shortcut.QUIT, actions::quit);
        Menu file = new Menu(i18n.t("menu.file"), null, export, new SeparatorMenuItem(), close, settings,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("menu.undo", MaterialDesignU.UNDO, Shortcut.UNDO, model::undo);
        undo.setId("menuUndo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.textProperty().bind(historyLabel("menu.undo", "menu.undoWhat", model.undoLabelProperty()));
        MenuItem redo = item("menu.redo", MaterialDesignR.REDO, Shortcut.REDO, model::redo);
        redo.setId("menuRedo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.textProperty().bind(historyLabel("menu.redo", "menu.redoWhat", model.redoLabelProperty()));
        Menu edit = new Menu(i18n.t("menu.edit"), null, undo, redo);

        MenuItem participants = item("menu.participants", MaterialDesignA.ACCOUNT_GROUP, Shortcut.PARTICIPANTS,
                actions::editParticipants);
        MenuItem agenda = item("menu.agenda", MaterialDesignF.FORMAT_LIST_NUMBERED, Shortcut.AGENDA,
                actions::editAgenda);
        Menu session = new Menu(i18n.t("menu.session"), null, participants, agenda);

        MenuItem next = item("menu.nextStage", MaterialDesignC.CHEVRON_RIGHT, Shortcut.NEXT_STAGE, vm::next);
        MenuItem previous = item("menu.previousStage", MaterialDesignC.CHEVRON_LEFT, Shortcut.PREVIOUS_STAGE,
                vm::previous);
        Menu go = new Menu(i18n.t("menu.go"), null, next, previous);

        MenuBar bar = new MenuBar(file, edit, session, go);
        bar.getMenus().addAll(day.menus());
        bar.setId("menuBar");
        return bar;
    }

    private void buildToolBar() {
        Label title = new Label();
        title.setId("sessionTitleLabel");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.session().info().title(),
                model.sessionProperty()));
        // The toolbar moves what does not fit at its preferred width into an overflow menu: a long title
        // gives way (ellipsis, full text in the tooltip) instead of pushing Participants and Agenda out.
        title.prefWidthProperty().bind(toolBar.widthProperty().multiply(0.4));
        title.setMinWidth(0);
        Tooltip fullTitle = new Tooltip();
        fullTitle.textProperty().bind(title.textProperty());
        title.setTooltip(fullTitle);
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
        participants.setFocusTraversable(false);
        Button agenda = new Button(i18n.t("toolbar.agenda"), new FontIcon(MaterialDesignF.FORMAT_LIST_NUMBERED));
        agenda.setId("agendaButton");
        agenda.setOnAction(e -> actions.editAgenda());
        agenda.setFocusTraversable(false);
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
        // Toolbar buttons never keep the focus: Space never presses them again by accident.
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private MenuItem item(String key, Ikon icon, Shortcut shortcut, Runnable action) {
        return ShortcutMenus.item(i18n, key, icon, shortcut, action);
    }

    private javafx.beans.binding.StringBinding historyLabel(String plainKey, String whatKey,
                                                            javafx.beans.value.ObservableValue<Message> what) {
        return Bindings.createStringBinding(() -> what.getValue() == null
                ? i18n.t(plainKey) : i18n.t(whatKey, i18n.text(what.getValue())), what);
    }
}
