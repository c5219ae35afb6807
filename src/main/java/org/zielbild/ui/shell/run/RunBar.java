package org.zielbild.ui.shell.run;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.ui.common.I18n;

/**
 * The facilitator's timer controls under the toolbar: the stage's countdown (large), the buttons for
 * every timer key, the free timer, and how the day is going. Buttons never take the keyboard focus,
 * so Space never presses one again by accident.
 */
public final class RunBar {

    /** Styles of the run bar and the session window's overlays. */
    public static final String STYLESHEET = java.util.Objects.requireNonNull(
            RunBar.class.getResource("run.css")).toExternalForm();

    private final TimerViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(10);
    private final Label clock = new Label();
    private final Label caption = new Label();
    private final VBox timerBox = new VBox(0, clock, caption);
    private static final List<String> TIMER_STATES = List.of("paused", "ready", "last-minute", "time-up");

    private final Button startPause;
    private final Label freeTitle = new Label();
    private final Label freeClock = new Label();
    private final HBox freeBox;
    private final Button freeStart;
    private final Label day = new Label();
    private final Timeline zeroFlash;
    private final DateTimeFormatter time;

    /**
     * @param askFreeTimer opens the dialog that starts a free timer
     * @param dayView      shows the day view
     */
    public RunBar(TimerViewModel vm, I18n i18n, Runnable askFreeTimer, Runnable dayView) {
        this.vm = vm;
        this.i18n = i18n;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(vm.clock().getZone());
        clock.setId("stageClock");
        clock.getStyleClass().add("run-clock");
        caption.setId("stageTimerCaption");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, "run-caption");
        // "Bereit · Strg+Leertaste" stays whole when a side timer takes room before the day starts.
        caption.setMinWidth(Region.USE_PREF_SIZE);
        timerBox.getStyleClass().add("run-timer");
        timerBox.setAlignment(Pos.CENTER_LEFT);
        // The stage timer and its caption never give way (at least 170 px): other parts of the bar do.
        timerBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
        timerBox.setMinWidth(Region.USE_PREF_SIZE);
        clock.setMinWidth(150);

        startPause = button("timerStartPause", MaterialDesignP.PLAY, null, "timer.startPause", vm::startOrPause);
        Button minus = button("timerMinusOne", null, "timer.minusOne", "timer.minusOneTip", () -> vm.addMinutes(-1));
        Button plus = button("timerPlusOne", null, "timer.plusOne", "timer.plusOneTip", () -> vm.addMinutes(1));
        Button plus5 = button("timerPlusFive", null, "timer.plusFive", "timer.plusFiveTip", () -> vm.addMinutes(5));
        Button reset = button("timerReset", MaterialDesignR.RESTORE, null, "timer.reset", vm::reset);
        Button end = button("stageEnd", MaterialDesignS.STOP, null, "timer.endStage", vm::endStage);
        end.disableProperty().bind(vm.dayLiveProperty().not());

        freeClock.setId("freeClock");
        freeClock.getStyleClass().add("run-free-clock");
        freeClock.setMinWidth(Region.USE_PREF_SIZE);
        freeTitle.setId("freeTitle");
        freeTitle.getStyleClass().add(Styles.TEXT_BOLD);
        // The label keeps its words (no "Stilles Schre…", issue 15): it wraps onto two short lines
        // when the bar is narrow, with the full title in its tooltip; the time never gives way.
        freeTitle.setMinWidth(Region.USE_PREF_SIZE);
        freeTitle.setMaxWidth(160);
        freeTitle.setWrapText(true);
        Button freeStop = button("freeTimerStop", MaterialDesignC.CLOSE, null, "timer.freeStop", vm::stopFreeTimer);
        freeBox = new HBox(6, new FontIcon(MaterialDesignT.TIMER_SAND), freeTitle, freeClock, freeStop);
        freeBox.setAlignment(Pos.CENTER_LEFT);
        freeBox.getStyleClass().add("run-free");
        freeStart = button("freeTimerButton", MaterialDesignT.TIMER_OUTLINE, "timer.free", "timer.freeTip", askFreeTimer);

        day.setId("daySummary");
        day.getStyleClass().add(Styles.TEXT_SMALL);
        // The one thing that gives way when the window is narrow: it wraps onto a second line
        // ("15 min ahead ·" / "ends 11:40") rather than turning into "15 min ah…"; the tooltip
        // and the day view have it in full.
        day.setMinWidth(0);
        day.setWrapText(true);
        day.setPrefWidth(170);
        day.setMaxWidth(170);
        javafx.scene.control.Tooltip dayTip = new javafx.scene.control.Tooltip();
        dayTip.textProperty().bind(day.textProperty());
        day.setTooltip(dayTip);
        Button dayButton = button("dayViewButton", MaterialDesignC.CHART_GANTT, null, "day.open", dayView);

        root.getChildren().addAll(timerBox, startPause, minus, plus, plus5, reset, end, separator(), freeStart, freeBox,
                separator(), dayButton, day);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("run-bar");
        root.setMinWidth(0);

        zeroFlash = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(timerBox.opacityProperty(), 1.0)),
                new KeyFrame(Duration.millis(300), new KeyValue(timerBox.opacityProperty(), 0.3)),
                new KeyFrame(Duration.millis(600), new KeyValue(timerBox.opacityProperty(), 1.0)));
        zeroFlash.setCycleCount(3);
        vm.addZeroListener(d -> zeroFlash.playFromStart());
        vm.stageTimerProperty().addListener((obs, old, now) -> showStage(now));
        vm.freeTimerProperty().addListener((obs, old, now) -> showFree(now));
        vm.dayProperty().addListener((obs, old, now) -> showDay(now));
        showStage(vm.stageTimerProperty().get());
        showFree(vm.freeTimerProperty().get());
        showDay(vm.dayProperty().get());
    }

    public Node root() {
        return root;
    }

    private void showStage(TimerDisplay t) {
        if (t == null) {
            showState(null, null);
            clock.setText("--:--");
            caption.setText(i18n.t("timer.noStage"));
            return;
        }
        clock.setText(t.clock());
        caption.setText(i18n.t(captionKey(t)));
        String pace = t.paused() || t.phase() == TimerDisplay.Phase.DONE ? "paused"
                : t.phase() == TimerDisplay.Phase.READY ? "ready" : null;
        String alarm = t.phase() == TimerDisplay.Phase.LAST_MINUTE ? "last-minute" : t.overrun() ? "time-up" : null;
        showState(pace, alarm);
        updateStartPause();
    }

    /**
     * Sets the timer's state classes only when they differ: the timer display changes with every
     * change to the stage on screen (its title), and a style class change restyles the whole bar.
     */
    private void showState(String pace, String alarm) {
        List<String> want = java.util.stream.Stream.of(pace, alarm).filter(java.util.Objects::nonNull).toList();
        List<String> have = timerBox.getStyleClass().stream().filter(TIMER_STATES::contains).toList();
        if (!have.equals(want)) {
            timerBox.getStyleClass().removeAll(TIMER_STATES);
            timerBox.getStyleClass().addAll(want);
        }
    }

    /** Play or pause, for the timer the keys act on: the free timer while there is one. */
    private void updateStartPause() {
        TimerDisplay free = vm.freeTimerProperty().get();
        TimerDisplay focused = free != null ? free : vm.stageTimerProperty().get();
        boolean ticking = focused != null && focused.ticking();
        FontIcon icon = (FontIcon) startPause.getGraphic();
        org.kordamp.ikonli.Ikon want = ticking ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY;
        if (icon.getIconCode() != want) {
            icon.setIconCode(want);
        }
    }

    private static String captionKey(TimerDisplay t) {
        if (t.phase() == TimerDisplay.Phase.DONE) {
            return "timer.done";
        }
        if (t.paused()) {
            return "timer.paused";
        }
        return switch (t.phase()) {
            case READY -> "timer.ready";
            case LAST_MINUTE -> "timer.lastMinute";
            case TIME_UP -> "timer.timeUp";
            default -> "timer.running";
        };
    }

    private void showFree(TimerDisplay t) {
        boolean on = t != null;
        freeBox.setVisible(on);
        freeBox.setManaged(on);
        freeStart.setVisible(!on);
        freeStart.setManaged(!on);
        freeBox.getStyleClass().removeAll("last-minute", "time-up", "paused");
        if (on) {
            freeTitle.setText(t.title().isEmpty() ? i18n.t("timer.freeUntitled") : t.title());
            freeClock.setText(t.clock());
            if (t.paused()) {
                freeBox.getStyleClass().add("paused");
            } else if (t.phase() == TimerDisplay.Phase.LAST_MINUTE) {
                freeBox.getStyleClass().add("last-minute");
            } else if (t.overrun()) {
                freeBox.getStyleClass().add("time-up");
            }
        }
        updateStartPause();
    }

    private void showDay(DaySummary d) {
        day.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (d == null) {
            day.setText("");
        } else if (!d.started()) {
            day.setText(i18n.t("day.summary.notStarted", d.plannedMinutes() / 60,
                    String.format("%02d", d.plannedMinutes() % 60)));
        } else if (d.finished()) {
            day.setText(i18n.t("day.summary.finished", time.format(d.projectedEnd())));
        } else if (d.delayMinutes() > 0) {
            day.setText(i18n.t("day.summary.late", d.delayMinutes(), time.format(d.projectedEnd())));
            day.getStyleClass().add(Styles.DANGER);
        } else if (d.delayMinutes() < 0) {
            day.setText(i18n.t("day.summary.early", -d.delayMinutes(), time.format(d.projectedEnd())));
        } else {
            day.setText(i18n.t("day.summary.onTime", time.format(d.projectedEnd())));
            day.getStyleClass().add(Styles.SUCCESS);
        }
    }

    private Button button(String id, Ikon icon, String textKey, String tipKey, Runnable action) {
        Button b = new Button(textKey == null ? null : i18n.t(textKey), icon == null ? null : new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        if (textKey == null) {
            b.getStyleClass().add(Styles.BUTTON_ICON);
        }
        b.setTooltip(new Tooltip(i18n.t(tipKey)));
        b.setAccessibleText(i18n.t(tipKey));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
