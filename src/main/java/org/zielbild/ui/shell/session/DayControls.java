package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.common.WritingPlace;
import org.zielbild.domain.Message;
import org.zielbild.ui.shell.keys.KeyboardControl;
import org.zielbild.ui.shell.keys.Shortcut;
import org.zielbild.ui.shell.keys.ShortcutMenus;
import org.zielbild.ui.shell.keys.ShortcutOverlay;
import org.zielbild.ui.shell.projector.ProjectorBar;
import org.zielbild.ui.shell.projector.ProjectorControl;
import org.zielbild.ui.shell.projector.ProjectorViewModel;
import org.zielbild.ui.shell.projector.ProjectorWindow;
import org.zielbild.ui.shell.run.Chime;
import org.zielbild.ui.shell.run.DayView;
import org.zielbild.ui.shell.run.DayViewModel;
import org.zielbild.ui.shell.run.FreeTimerDialog;
import org.zielbild.ui.shell.run.RunBar;
import org.zielbild.ui.shell.run.TimerViewModel;
import org.zielbild.ui.spi.ModuleView;

/**
 * Running the day inside the session window: the timers and their bar, the projector and its
 * switches, the day view and shortcut overlays, the Run / Projector / Help menus and their keys.
 */
final class DayControls {

    private static final String DAY_VIEW = "dayView";
    private static final String SHORTCUTS = "shortcuts";

    private final SessionViewModel vm;
    private final SessionModel model;
    private final StageHost host;
    private final StackPane layer;
    private final I18n i18n;
    private final SessionWindow.Room room;
    private final KeyboardControl keyboard;
    private final TimerViewModel timers;
    private final DayViewModel day;
    private final ProjectorControl projector;
    private final OverlayHost overlays;
    private final Timeline ticker;
    private final HBox runRow;
    private final StatusNotifier notifier;
    /** When the status line last said that typed keys did nothing (System.nanoTime); 0 for never. */
    private long lastTypingHint;

    /**
     * @param layer the session window's root: overlays go on top of it
     */
    DayControls(SessionViewModel vm, StageHost host, StackPane layer, I18n i18n, SessionWindow.Room room,
                KeyboardControl keyboard, StatusNotifier notifier) {
        this.notifier = notifier;
        this.vm = vm;
        this.model = vm.model();
        this.host = host;
        this.layer = layer;
        this.i18n = i18n;
        this.room = room;
        this.keyboard = keyboard;
        this.overlays = new OverlayHost(layer);
        this.timers = new TimerViewModel(model, vm.currentStageIdProperty(), room.clock());
        this.day = new DayViewModel(i18n, room.clock());
        new Chime(timers, room.settings(), room.sound());
        this.projector = new ProjectorControl(this::newProjectorWindow, this::window);
        bindKeys();

        RunBar runBar = new RunBar(timers, i18n, this::toggleFreeTimer, this::toggleDayView);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button help = new Button(null, new FontIcon(MaterialDesignK.KEYBOARD_OUTLINE));
        help.setId("shortcutsButton");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        help.setTooltip(new Tooltip(i18n.t("keys.button")));
        help.setAccessibleText(i18n.t("keys.button"));
        help.setFocusTraversable(false);
        help.setOnAction(e -> toggleShortcuts());
        runRow = new HBox(8, runBar.root(), gap, new ProjectorBar(projector, i18n).root(), help);
        runRow.setAlignment(Pos.CENTER_LEFT);
        runRow.getStyleClass().add("run-row");
        runRow.setMinWidth(0);
        layer.getStylesheets().add(RunBar.STYLESHEET);

        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    Node runRow() {
        return runRow;
    }

    TimerViewModel timers() {
        return timers;
    }

    ProjectorControl projector() {
        return projector;
    }

    List<Menu> menus() {
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
        return List.of(run, wall, help);
    }

    void dispose() {
        ticker.stop();
        projector.close();
        overlays.close();
    }

    private javafx.scene.control.MenuItem item(String key, org.kordamp.ikonli.Ikon icon, Shortcut s, Runnable action) {
        return ShortcutMenus.item(i18n, key, icon, s, action);
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
                .on(Shortcut.SHORTCUTS, this::toggleShortcuts)
                // Esc closes an overlay; with none open it is left to the focused control (a board clears its selection).
                .onIf(Shortcut.CLOSE_OVERLAY, overlays::close)
                .inTextInput(Shortcut.CLOSE_OVERLAY, this::leaveTextField);
        // The key rule (0101): characters typed outside a text field go to the stage's place to write, if any.
        keyboard.writingPlace(() -> host.activeView().map(ModuleView::facilitatorView).flatMap(WritingPlace::in))
                .onIgnoredTyping(this::typedKeyIgnored);
    }

    /** A character typed where it does nothing: the status line says once in a while which keys act. */
    private void typedKeyIgnored() {
        long now = System.nanoTime();
        if (lastTypingHint == 0 || now - lastTypingHint > 20_000_000_000L) {
            lastTypingHint = now;
            notifier.info(Message.of("keys.typedIgnored"));
        }
    }

    /**
     * Esc in a text field that has no use for it: the focus goes to the window itself, where the
     * single-key shortcuts work (a board stage puts the focus into its note field on entry).
     */
    private boolean leaveTextField() {
        if (layer.getScene() == null) {
            return false;
        }
        layer.requestFocus();
        return true;
    }

    private Window window() {
        return layer.getScene() == null ? null : layer.getScene().getWindow();
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
        overlays.toggle(SHORTCUTS, () -> new ShortcutOverlay(i18n,
                host.activeView().map(ModuleView::keys).orElse(List.of())).root());
    }

    /** T: stops the free timer, or asks for the minutes of a new one. */
    private void toggleFreeTimer() {
        if (timers.hasFreeTimer()) {
            timers.stopFreeTimer();
            return;
        }
        new FreeTimerDialog(window(), i18n, timers.lastFreeTimerMinutes()).ask()
                .ifPresent(r -> timers.startFreeTimer(r.minutes(), r.label()));
    }

    private ProjectorWindow newProjectorWindow() {
        ObservableValue<ProjectorTheme> theme = Bindings.createObjectBinding(
                () -> room.settings().getValue().projectorTheme(), room.settings());
        ProjectorViewModel pvm = new ProjectorViewModel(model.sessionProperty(), vm.currentStageIdProperty(),
                timers.roomTimerProperty(), projector.blackProperty(), projector.frozenProperty(), i18n, room.pulse());
        List<String> css = layer.getScene() == null ? List.of() : List.copyOf(layer.getScene().getStylesheets());
        ProjectorWindow window = new ProjectorWindow(pvm, host::projectionOf, theme, i18n, css);
        // Keys pressed while the wall window has the focus still steer the day.
        keyboard.install(window.scene());
        return window;
    }
}
