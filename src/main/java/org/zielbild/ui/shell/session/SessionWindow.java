package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.config.RoomSettings;
import org.zielbild.ui.shell.keys.KeyNames;
import org.zielbild.ui.shell.keys.KeyboardControl;
import org.zielbild.ui.shell.keys.Shortcut;
import org.zielbild.ui.shell.keys.ShortcutOverlay;
import org.zielbild.ui.shell.projector.ProjectorBar;
import org.zielbild.ui.shell.projector.ProjectorControl;
import org.zielbild.ui.shell.projector.ProjectorViewModel;
import org.zielbild.ui.shell.projector.ProjectorWindow;
import org.zielbild.ui.shell.projector.Pulse;
import org.zielbild.ui.shell.run.Chime;
import org.zielbild.ui.shell.run.DayView;
import org.zielbild.ui.shell.run.DayViewModel;
import org.zielbild.ui.shell.run.FreeTimerDialog;
import org.zielbild.ui.shell.run.RunBar;
import org.zielbild.ui.shell.run.Sound;
import org.zielbild.ui.shell.run.TimerViewModel;
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
import javafx.scene.input.KeyCombination;
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

    private static final String DAY_VIEW = "dayView";
    private static final String SHORTCUTS = "shortcuts";

    public static final KeyCombination NEXT_STAGE = Shortcut.NEXT_STAGE.accelerator();
    public static final KeyCombination PREVIOUS_STAGE = Shortcut.PREVIOUS_STAGE.accelerator();

    /**
     * What running the day needs from outside: the clock stages and timers are read at, the room
     * settings (chime, projector theme), the chime's sound and the frame pulse the projector redraws on.
     */
    public record Room(Clock clock, ObservableValue<RoomSettings> settings, Sound sound, Pulse pulse) {

        /** The system clock, default settings, no sound. */
        public static Room defaults() {
            return new Room(Clock.systemDefaultZone(), new SimpleObjectProperty<>(RoomSettings.defaults()), Sound.SILENT,
                    Pulse.fx());
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
    private final Room room;
    private final TimerViewModel timers;
    private final DayViewModel day;
    private final ProjectorControl projector;
    private final KeyboardControl keyboard = new KeyboardControl();
    private final OverlayHost overlays = new OverlayHost(root);
    private final Timeline ticker;

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
        this.room = room;
        ModuleKinds kinds = new ModuleKinds(registry, i18n);
        this.host = new StageHost(vm, registry, i18n);
        AgendaSidebar sidebar = new AgendaSidebar(vm, kinds, i18n);
        StatusBar status = new StatusBar(model, notifier, i18n);
        this.timers = new TimerViewModel(model, vm.currentStageIdProperty(), room.clock());
        this.day = new DayViewModel(i18n, room.clock());
        new Chime(timers, room.settings(), room.sound());
        this.projector = new ProjectorControl(this::newProjectorWindow,
                () -> root.getScene() == null ? null : root.getScene().getWindow());
        bindKeys();

        buildToolBar();
        RunBar runBar = new RunBar(timers, i18n, this::toggleFreeTimer, this::toggleDayView);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button help = iconButton("shortcutsButton", MaterialDesignK.KEYBOARD_OUTLINE, "keys.button",
                this::toggleShortcuts);
        HBox runRow = new HBox(8, runBar.root(), gap, new ProjectorBar(projector, i18n).root(), help);
        runRow.setAlignment(Pos.CENTER_LEFT);
        runRow.getStyleClass().add("run-row");
        main.setTop(new VBox(menuBar(), toolBar, runRow));
        SplitPane split = new SplitPane(sidebar.root(), host.root());
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(sidebar.root(), false);
        main.setCenter(split);
        main.setBottom(status.root());
        root.getChildren().add(main);
        root.getStyleClass().add("session-window");
        root.getStylesheets().add(RunBar.STYLESHEET);

        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    public Parent root() {
        return root;
    }

    /** The timers of the day (for tests and the shell). */
    public TimerViewModel timers() {
        return timers;
    }

    /** The projector's switches; its window, while open. */
    public ProjectorControl projector() {
        return projector;
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

    public void dispose() {
        ticker.stop();
        projector.close();
        overlays.close();
        host.dispose();
    }

    private void bindKeys() {
        keyboard.on(Shortcut.NEXT_STAGE, vm::next)
                .on(Shortcut.PREVIOUS_STAGE, vm::previous)
                .on(Shortcut.END_STAGE, timers::endStage)
                .on(Shortcut.DAY_VIEW, this::toggleDayView)
                .on(Shortcut.START_PAUSE, timers::startOrPause)
                .on(Shortcut.ADD_MINUTE, () -> timers.addMinutes(1))
                .on(Shortcut.ADD_FIVE_MINUTES, () -> timers.addMinutes(5))
                .on(Shortcut.REMOVE_MINUTE, () -> timers.addMinutes(-1))
                .on(Shortcut.RESET_TIMER, timers::reset)
                .on(Shortcut.FREE_TIMER, this::toggleFreeTimer)
                .on(Shortcut.PROJECTOR, projector::toggle)
                .on(Shortcut.BLACK_SCREEN, projector::toggleBlack)
                .on(Shortcut.FREEZE, projector::toggleFreeze)
                .on(Shortcut.UNDO, model::undo)
                .on(Shortcut.REDO, model::redo)
                .on(Shortcut.PARTICIPANTS, actions::editParticipants)
                .on(Shortcut.AGENDA, actions::editAgenda)
                .on(Shortcut.SETTINGS, actions::openSettings)
                .on(Shortcut.CLOSE_SESSION, actions::closeSession)
                .on(Shortcut.QUIT, actions::quit)
                .on(Shortcut.SHORTCUTS, this::toggleShortcuts)
                .on(Shortcut.CLOSE_OVERLAY, overlays::close);
    }

    private void tick() {
        timers.refresh();
        if (overlays.isOpen(DAY_VIEW)) {
            day.refresh(model.session());
        }
    }

    private void toggleDayView() {
        overlays.toggle(DAY_VIEW, () -> {
            day.refresh(model.session());
            return new DayView(day, i18n).root();
        });
    }

    private void toggleShortcuts() {
        overlays.toggle(SHORTCUTS, () -> new ShortcutOverlay(i18n).root());
    }

    /** T: stops the free timer, or asks for the minutes of a new one. */
    private void toggleFreeTimer() {
        if (timers.hasFreeTimer()) {
            timers.stopFreeTimer();
            return;
        }
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new FreeTimerDialog(owner, i18n, timers.lastFreeTimerMinutes()).ask()
                .ifPresent(r -> timers.startFreeTimer(r.minutes(), r.label()));
    }

    private ProjectorWindow newProjectorWindow() {
        ObservableValue<ProjectorTheme> theme = Bindings.createObjectBinding(
                () -> room.settings().getValue().projectorTheme(), room.settings());
        ProjectorViewModel pvm = new ProjectorViewModel(model.sessionProperty(), vm.currentStageIdProperty(),
                timers.roomTimerProperty(), projector.blackProperty(), projector.frozenProperty(), i18n, room.pulse());
        List<String> css = root.getScene() == null ? List.of() : List.copyOf(root.getScene().getStylesheets());
        ProjectorWindow window = new ProjectorWindow(pvm, host::projectionOf, theme, i18n, css);
        // Keys pressed while the wall window has the focus still steer the day.
        keyboard.install(window.scene());
        return window;
    }

    private MenuBar menuBar() {
        MenuItem close = item("menu.closeSession", MaterialDesignC.CLOSE, Shortcut.CLOSE_SESSION, actions::closeSession);
        MenuItem settings = item("menu.settings", MaterialDesignC.COG, Shortcut.SETTINGS, actions::openSettings);
        MenuItem quit = item("menu.quit", null, Shortcut.QUIT, actions::quit);
        Menu file = new Menu(i18n.t("menu.file"), null, close, settings, new SeparatorMenuItem(), quit);

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

        Menu run = new Menu(i18n.t("menu.run"), null,
                item("keys.startPause", MaterialDesignP.PLAY_PAUSE, Shortcut.START_PAUSE, timers::startOrPause),
                item("keys.addMinute", null, Shortcut.ADD_MINUTE, () -> timers.addMinutes(1)),
                item("keys.addFiveMinutes", null, Shortcut.ADD_FIVE_MINUTES, () -> timers.addMinutes(5)),
                item("keys.removeMinute", null, Shortcut.REMOVE_MINUTE, () -> timers.addMinutes(-1)),
                item("keys.resetTimer", MaterialDesignR.RESTORE, Shortcut.RESET_TIMER, timers::reset),
                item("keys.freeTimer", MaterialDesignT.TIMER_OUTLINE, Shortcut.FREE_TIMER, this::toggleFreeTimer),
                new SeparatorMenuItem(),
                item("keys.endStage", MaterialDesignS.STOP, Shortcut.END_STAGE, timers::endStage),
                item("keys.dayView", MaterialDesignC.CHART_GANTT, Shortcut.DAY_VIEW, this::toggleDayView));
        Menu wall = new Menu(i18n.t("menu.projector"), null,
                item("keys.projector", MaterialDesignP.PROJECTOR_SCREEN_OUTLINE, Shortcut.PROJECTOR, projector::toggle),
                item("keys.blackScreen", MaterialDesignM.MONITOR_OFF, Shortcut.BLACK_SCREEN, projector::toggleBlack),
                item("keys.freeze", MaterialDesignS.SNOWFLAKE, Shortcut.FREEZE, projector::toggleFreeze));
        Menu help = new Menu(i18n.t("menu.help"), null,
                item("keys.shortcuts", MaterialDesignK.KEYBOARD_OUTLINE, Shortcut.SHORTCUTS, this::toggleShortcuts));

        MenuBar bar = new MenuBar(file, edit, session, go, run, wall, help);
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
        // Toolbar buttons never keep the focus: Space stays "start / pause", not "press again".
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * A menu item that shows its shortcut. Single keys are not set as accelerators (a menu would fire
     * them while typing); the name then carries the key, e.g. "Black screen (B)".
     */
    private MenuItem item(String key, Ikon icon, Shortcut shortcut, Runnable action) {
        KeyCombination accelerator = shortcut.accelerator();
        String text = i18n.t(key);
        if (accelerator == null) {
            text = text + "   (" + KeyNames.text(shortcut.keys().get(0), i18n) + ")";
        }
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private javafx.beans.binding.StringBinding historyLabel(String plainKey, String whatKey,
                                                            javafx.beans.value.ObservableValue<Message> what) {
        return Bindings.createStringBinding(() -> what.getValue() == null
                ? i18n.t(plainKey) : i18n.t(whatKey, i18n.text(what.getValue())), what);
    }
}
