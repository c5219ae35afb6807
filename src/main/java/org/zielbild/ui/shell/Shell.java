package org.zielbild.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.ui.common.AppIcons;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.agenda.AgendaEditor;
import org.zielbild.ui.shell.agenda.AgendaEditorViewModel;
import org.zielbild.ui.shell.export.FileOpener;
import org.zielbild.ui.shell.export.MinutesExports;
import org.zielbild.ui.shell.projector.Pulse;
import org.zielbild.ui.shell.roster.ParticipantsEditor;
import org.zielbild.ui.shell.roster.ParticipantsViewModel;
import org.zielbild.ui.shell.run.ChimeSound;
import org.zielbild.ui.shell.run.Sound;
import org.zielbild.ui.shell.session.ModuleKinds;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;
import org.zielbild.ui.shell.start.StartScreen;
import org.zielbild.ui.shell.start.StartViewModel;

/**
 * The main window's life: the start screen, then a session window, back to the start screen
 * when the session is closed. Rebuilds the current view when the UI language changes.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    public static final String STYLESHEET = Objects.requireNonNull(
            Shell.class.getResource("/org/zielbild/ui/app.css")).toExternalForm();

    private final AppContext ctx;
    private final Stage stage;
    private final MinutesExports minutes;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zielbild-open");
        t.setDaemon(true);
        return t;
    });
    private final ErrorDialogs errors;
    private final RescueDialogs rescues;
    private final Sound chime = new ChimeSound();
    private Scene scene;
    private OpenSession open;
    private SessionModel model;
    private SessionWindow window;
    private StatusNotifier notifier;
    private Stage participantsWindow;
    private Stage agendaWindow;
    private String currentStageId;
    private Runnable exit = Platform::exit;

    public Shell(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.errors = new ErrorDialogs(ctx::i18n, ctx.dirs().logFile(), () -> stage);
        this.minutes = new MinutesExports(ctx.pictures(), ctx.fileOpener());
        this.rescues = new RescueDialogs(ctx::i18n, () -> stage);
    }

    public ErrorDialogs errors() {
        return errors;
    }

    /** Applies the theme and shows the start screen. */
    public void start() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        applyLocale(ctx.i18n());
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        // Decoded on the side: the window manager can take the icon a moment after the window.
        CompletableFuture.supplyAsync(AppIcons::images, background).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (mayClose()) {
                closeSessionQuietly();
            } else {
                e.consume();
            }
        });
        ctx.i18nProperty().addListener((ChangeListener<I18n>) (obs, old, now) -> {
            applyLocale(now);
            rebuild();
        });
        // A new workspace means another list of sessions: the start screen shows (and creates in) the new one.
        ctx.settingsProperty().addListener((obs, old, now) -> {
            if (open == null && old.language() == now.language() && !Objects.equals(old.workspace(), now.workspace())) {
                showStart();
            }
        });
        showStart();
        stage.show();
    }

    private void showStart() {
        I18n i18n = ctx.i18n();
        StartViewModel vm = new StartViewModel(ctx.library(), ctx.settings().language(),
                java.time.LocalDate.now(ctx.clock()), background, Platform::runLater, this::showSession);
        StartScreen screen = new StartScreen(vm, i18n, this::openSettings);
        setRoot(screen.root());
        screen.listShown().addListener((obs, was, shown) -> {
            if (shown) {
                StartupProbe.sessionsListed(scene);
                // Once the list's frame is drawn, not while: making the store's mappers takes a core for ~0.1 s.
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
                later.setOnFinished(e -> {
                    if (open == null) { // still on the start screen
                        vm.prepareToOpen();
                    }
                });
                later.play();
            }
        });
        // Ctrl+Q quits from the start screen too (issue 15); setRoot gave the start screen its own scene.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (org.zielbild.ui.shell.keys.Shortcut.QUIT.keys().stream().anyMatch(k -> k.matches(e))) {
                e.consume();
                quit();
            }
        });
        stage.titleProperty().unbind();
        stage.setTitle(i18n.t("app.name"));
        // Read from disk once the first frame is laid out: while it is drawn, not before it.
        screen.laidOutProperty().addListener((obs, was, laidOut) -> vm.refresh());
    }

    /** Shows an opened session; tells the user about anything that was repaired on opening. */
    public void showSession(OpenSession opened) {
        this.open = opened;
        this.notifier = new StatusNotifier();
        this.model = new SessionModel(opened.service(), opened.attachments(), notifier);
        this.currentStageId = null;
        buildSessionWindow();
        if (!opened.notes().isEmpty()) {
            I18n i18n = ctx.i18n();
            Alert info = new Alert(Alert.AlertType.INFORMATION);
            info.initOwner(stage);
            info.setTitle(i18n.t("open.notes.title"));
            info.setHeaderText(i18n.t("open.notes.header"));
            info.setContentText(String.join("\n\n", opened.notes().stream().map(i18n::text).toList()));
            info.show();
        }
        Platform.runLater(() -> rescues.offerNewerCopy(opened, ctx.library(), background));
    }

    private void buildSessionWindow() {
        I18n i18n = ctx.i18n();
        SessionViewModel vm = new SessionViewModel(model, ctx.clock());
        if (currentStageId != null) {
            vm.select(currentStageId);
        }
        vm.currentStageIdProperty().addListener((obs, old, now) -> currentStageId = now);
        window = new SessionWindow(vm, notifier, ctx.modules(), i18n, new SessionWindow.Actions() {
            @Override
            public void closeSession() {
                Shell.this.closeSession();
            }

            @Override
            public void openSettings() {
                Shell.this.openSettings();
            }

            @Override
            public void editParticipants() {
                Shell.this.editParticipants();
            }

            @Override
            public void editAgenda() {
                Shell.this.editAgenda();
            }

            @Override
            public void exportMinutes() {
                minutes.show(stage, model, ctx.library(), ctx.i18n(), ctx.clock());
            }

            @Override
            public void quit() {
                Shell.this.quit();
            }
        }, room());
        Scene fresh = new Scene(window.root(), scene.getWidth(), scene.getHeight());
        fresh.getStylesheets().add(STYLESHEET);
        window.installShortcuts(fresh);
        scene = fresh;
        stage.setScene(fresh);
        stage.titleProperty().bind(window.title());
    }

    /** The clock, the room settings and the chime for running the day. */
    private SessionWindow.Room room() {
        return new SessionWindow.Room(ctx.clock(),
                Bindings.createObjectBinding(() -> ctx.settings().room(), ctx.settingsProperty()), chime, Pulse.fx(),
                ctx.ids());
    }

    /** Quits the app (Ctrl+Q, the menu): the session on screen is asked and closed first. */
    public void quit() {
        if (mayClose()) {
            closeSessionQuietly();
            exit.run();
        }
    }

    /** What quitting ends: the JavaFX application; tests put something harmless in its place. */
    public void setExit(Runnable exit) {
        this.exit = java.util.Objects.requireNonNull(exit);
    }

    /** The window of the open session (for tests); null on the start screen. */
    public SessionWindow sessionWindow() {
        return window;
    }

    /** Closes the session (flushing its journal) and returns to the start screen. */
    public void closeSession() {
        if (mayClose()) {
            closeSessionQuietly();
            showStart();
        }
    }

    /**
     * Whether the session may close: the stage on screen may hold it (its module asks first); and
     * closing while changes cannot be saved says exactly where a complete copy goes, lets the user
     * choose another place or keep working, and writes the copy before the session closes.
     */
    private boolean mayClose() {
        if (window != null && !window.mayClose()) {
            return false;
        }
        if (model == null || !model.saveStatusProperty().get().failing()) {
            return true;
        }
        return rescues.mayClose(open, model.saveStatusProperty().get());
    }

    private void closeSessionQuietly() {
        closeToolWindows();
        if (window != null) {
            window.dispose();
            window = null;
        }
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.error("closing the session failed", e);
            }
            open = null;
            model = null;
        }
    }

    private void rebuild() {
        closeToolWindows();
        if (open != null) {
            boolean projecting = window.projector().openProperty().get();
            window.dispose();
            buildSessionWindow();
            if (projecting) {
                window.projector().open();
            }
        } else {
            showStart();
        }
    }

    private void setRoot(Parent root) {
        if (scene.getRoot() != root) {
            Scene fresh = new Scene(root, scene.getWidth(), scene.getHeight());
            fresh.getStylesheets().add(STYLESHEET);
            scene = fresh;
            stage.setScene(fresh);
        }
    }

    private void openSettings() {
        new SettingsDialog(stage, ctx.i18n(), ctx.settings(), ctx.dirs().defaultWorkspace(), chime).ask()
                .ifPresent(updated -> {
                    try {
                        ctx.updateSettings(updated);
                    } catch (IOException e) {
                        Alert alert = new Alert(Alert.AlertType.WARNING);
                        alert.initOwner(stage);
                        alert.setHeaderText(ctx.i18n().t("settings.saveFailed"));
                        alert.setContentText(ctx.i18n().t("settings.saveFailedBody", String.valueOf(e.getMessage())));
                        alert.show();
                    }
                });
    }

    private void editParticipants() {
        if (participantsWindow != null && participantsWindow.isShowing()) {
            participantsWindow.toFront();
            return;
        }
        I18n i18n = ctx.i18n();
        ParticipantsEditor editor = new ParticipantsEditor(new ParticipantsViewModel(model, ctx.ids()), i18n);
        participantsWindow = ToolWindows.open(stage, i18n.t("roster.windowTitle"), editor.root(), 900, 620, model);
    }

    private void editAgenda() {
        if (agendaWindow != null && agendaWindow.isShowing()) {
            agendaWindow.toFront();
            return;
        }
        I18n i18n = ctx.i18n();
        AgendaEditor editor = new AgendaEditor(new AgendaEditorViewModel(model, ctx.ids()),
                new ModuleKinds(ctx.modules(), i18n), i18n);
        agendaWindow = ToolWindows.open(stage, i18n.t("agendaEditor.windowTitle"), editor.root(), 900, 600, model);
    }

    private void closeToolWindows() {
        minutes.close();
        if (participantsWindow != null) {
            participantsWindow.close();
            participantsWindow = null;
        }
        if (agendaWindow != null) {
            agendaWindow.close();
            agendaWindow = null;
        }
    }

    /** Dates and numbers in controls (DatePicker, Spinner) follow the UI language. */
    private static void applyLocale(I18n i18n) {
        Locale.setDefault(Locale.Category.FORMAT, i18n.locale());
        Locale.setDefault(Locale.Category.DISPLAY, i18n.locale());
    }

    /** Notes the user should see, from outside the session window (e.g. a damaged settings file). */
    public void tell(Message message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setHeaderText(ctx.i18n().text(message));
        alert.show();
    }

    public void shutdown() {
        closeSessionQuietly();
        background.shutdown();
        minutes.shutdown();
    }
}
