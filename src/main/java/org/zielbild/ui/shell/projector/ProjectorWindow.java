package org.zielbild.ui.shell.projector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.WallPalette;
import org.zielbild.ui.shell.run.TimerDisplay;

/**
 * The window on the wall. It draws {@link ProjectorFrame}s and nothing else: the stage title, the
 * module's projection (or the stage's prompts), the room's timer. No menus, no controls, no
 * pop-ups; black screen and freeze as in presentation software.
 *
 * <p>Contract for module projections (see docs/decisions/0031): a projection is laid out on a
 * 1920×1080 design surface (below the title band), inside a node with the style class
 * {@code projection}; the root has {@code projector} and {@code projector-light} or
 * {@code projector-dark}; body text is 28 px unless a module sets more; the {@code -zb-*} and
 * AtlantaFX {@code -color-*} looked-up colours meet WCAG AA on the projector's background.
 */
public final class ProjectorWindow {

    public static final String STYLESHEET = Objects.requireNonNull(
            ProjectorWindow.class.getResource("projector.css")).toExternalForm();

    private final ProjectorViewModel vm;
    private final Function<String, Optional<Node>> projections;
    private final ObservableValue<ProjectorTheme> theme;
    /** Height of the band with the stage title and the timer; a projection gets the rest of the 1080 px. */
    public static final double TITLE_BAND_HEIGHT = 270;

    private final Stage stage = new Stage();
    private final StackPane root = new StackPane();
    private final VBox picture = new VBox();
    private final Label position = new Label();
    private final Label title = new Label();
    private final VBox titleBand = new VBox(4, position, title);
    private final StackPane content = new StackPane();
    private final Label clock = new Label();
    private final Label caption = new Label();
    private final VBox timerBox = new VBox(0, clock, caption);
    private final ImageView frozenPicture = new ImageView();
    private final Region blackout = new Region();
    private final Timeline zeroFlash;
    private final ChangeListener<ProjectorFrame> onFrame = (obs, old, now) -> draw(old, now);
    private final ChangeListener<ProjectorTheme> onTheme = (obs, old, now) -> applyTheme(now);
    private long redraws;

    /**
     * @param projections    the module projection for a stage id, if its module has one
     * @param appStylesheets the app's stylesheets (modules style their projections there too)
     */
    public ProjectorWindow(ProjectorViewModel vm, Function<String, Optional<Node>> projections,
                           ObservableValue<ProjectorTheme> theme, I18n i18n, List<String> appStylesheets) {
        this.vm = vm;
        this.projections = projections;
        this.theme = theme;
        build();
        zeroFlash = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(timerBox.opacityProperty(), 1.0)),
                new KeyFrame(Duration.millis(350), new KeyValue(timerBox.opacityProperty(), 0.25)),
                new KeyFrame(Duration.millis(700), new KeyValue(timerBox.opacityProperty(), 1.0)));
        zeroFlash.setCycleCount(3);
        Scene scene = new Scene(root, ProjectorPlacement.WINDOW_WIDTH, ProjectorPlacement.WINDOW_HEIGHT);
        scene.getStylesheets().addAll(appStylesheets);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(i18n.t("projector.windowTitle"));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((obs, was, full) -> scene.setCursor(full ? Cursor.NONE : Cursor.DEFAULT));
        applyTheme(theme.getValue());
        theme.addListener(onTheme);
        vm.frameProperty().addListener(onFrame);
        draw(null, vm.frameProperty().get());
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** How many times the window redrew (for tests and the burst measurement). */
    public long redraws() {
        return redraws;
    }

    /** Shows the window at {@code placement}; moves it when it is already showing. */
    public void place(ProjectorPlacement placement) {
        if (stage.isFullScreen() && !placement.fullScreen()) {
            stage.setFullScreen(false);
        }
        stage.setX(placement.bounds().getMinX());
        stage.setY(placement.bounds().getMinY());
        stage.setWidth(placement.bounds().getWidth());
        stage.setHeight(placement.bounds().getHeight());
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.setFullScreen(placement.fullScreen());
    }

    /** Closes the window and lets go of the module projections it showed. */
    public void close() {
        vm.frameProperty().removeListener(onFrame);
        theme.removeListener(onTheme);
        zeroFlash.stop();
        content.getChildren().clear();
        stage.close();
        vm.dispose();
    }

    private void build() {
        position.getStyleClass().addAll("projector-position", "projector-muted");
        title.getStyleClass().add("projector-title");
        title.setWrapText(true);
        titleBand.getStyleClass().add("projector-title-band");
        titleBand.setPadding(new Insets(48, 640, 24, 72));
        // The band keeps the timer's corner free, so the projection below never runs under it.
        titleBand.setMinHeight(TITLE_BAND_HEIGHT);
        content.getStyleClass().add("projection");
        content.setPadding(new Insets(16, 72, 24, 72));
        VBox.setVgrow(content, Priority.ALWAYS);
        picture.getChildren().addAll(titleBand, content);
        picture.getStyleClass().add("projector-picture");

        clock.getStyleClass().add("projector-clock");
        clock.setId("projectorClock");
        caption.getStyleClass().add("projector-caption");
        caption.setId("projectorTimerCaption");
        caption.setWrapText(true);
        caption.setMaxWidth(480);
        timerBox.getStyleClass().add("projector-timer");
        timerBox.setAlignment(Pos.TOP_RIGHT);
        timerBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(timerBox, Pos.TOP_RIGHT);
        StackPane.setMargin(timerBox, new Insets(40, 56, 0, 0));

        frozenPicture.setManaged(false);
        frozenPicture.setVisible(false);
        StackPane design = new StackPane(picture, frozenPicture, timerBox);
        design.getStyleClass().add("projector-design");
        DesignSurface surface = new DesignSurface(design);

        blackout.getStyleClass().add("projector-black");
        blackout.setId("projectorBlack");
        blackout.setVisible(false);
        root.getChildren().addAll(surface, blackout);
        root.getStyleClass().add("projector");
        root.setId("projectorRoot");
    }

    private void applyTheme(ProjectorTheme t) {
        ProjectorTheme chosen = t == null ? ProjectorTheme.LIGHT : t;
        root.getStyleClass().removeAll("projector-light", "projector-dark");
        root.getStyleClass().add(chosen == ProjectorTheme.DARK ? "projector-dark" : "projector-light");
        root.setStyle(palette(chosen).style());
        stage.getScene().setUserAgentStylesheet(chosen == ProjectorTheme.DARK
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    /** The wall's colours for a theme setting (light when none is set). */
    public static WallPalette palette(ProjectorTheme theme) {
        return theme == ProjectorTheme.DARK ? WallPalette.DARK : WallPalette.LIGHT;
    }

    private void draw(ProjectorFrame old, ProjectorFrame now) {
        redraws++;
        blackout.setVisible(now.black());
        drawTimer(old == null ? null : old.timer(), now.timer(), now.timerCaption());
        if (old == null || !Objects.equals(old.stageId(), now.stageId()) || !old.prompts().equals(now.prompts())
                || old.language() != now.language()) {
            showContent(now);
        }
        position.setText(now.position());
        title.setText(now.title());
        if (now.frozen() && (old == null || !old.frozen())) {
            freeze();
        } else if (!now.frozen() && frozenPicture.isVisible()) {
            frozenPicture.setVisible(false);
            frozenPicture.setImage(null);
            picture.setVisible(true);
        }
    }

    private void showContent(ProjectorFrame frame) {
        Optional<Node> projection = frame.stageId() == null ? Optional.empty() : projections.apply(frame.stageId());
        boolean fallback = projection.isEmpty();
        title.getStyleClass().remove("projector-hero-title");
        if (fallback) {
            title.getStyleClass().add("projector-hero-title");
        }
        content.getChildren().setAll(projection.orElseGet(() -> prompts(frame.prompts())));
    }

    private static Node prompts(List<String> prompts) {
        VBox list = new VBox(20);
        list.getStyleClass().add("projector-prompts");
        for (String p : prompts) {
            Label line = new Label(p);
            line.setWrapText(true);
            line.getStyleClass().addAll("projector-text", "projector-card");
            line.setMaxWidth(Double.MAX_VALUE);
            list.getChildren().add(line);
        }
        list.setAlignment(Pos.TOP_LEFT);
        return list;
    }

    private void drawTimer(TimerDisplay before, TimerDisplay t, String captionText) {
        timerBox.setVisible(t != null);
        if (t == null) {
            return;
        }
        clock.setText(t.clock());
        caption.setText(captionText);
        caption.setVisible(!captionText.isEmpty());
        caption.setManaged(!captionText.isEmpty());
        timerBox.getStyleClass().removeAll("last-minute", "time-up", "paused");
        if (t.paused()) {
            timerBox.getStyleClass().add("paused");
        }
        if (t.phase() == TimerDisplay.Phase.LAST_MINUTE) {
            timerBox.getStyleClass().add("last-minute");
        } else if (t.overrun()) {
            timerBox.getStyleClass().add("time-up");
        }
        boolean reachedZero = before != null && before.key().equals(t.key()) && !before.overrun() && t.overrun();
        if (reachedZero && zeroFlash.getStatus() != Animation.Status.RUNNING) {
            zeroFlash.playFromStart();
        }
    }

    /** Keeps the room's picture still (the timer goes on) while the facilitator works. */
    private void freeze() {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette(theme.getValue()).background());
        frozenPicture.setImage(picture.snapshot(params, null));
        frozenPicture.relocate(0, 0);
        frozenPicture.setVisible(true);
        picture.setVisible(false);
    }
}
