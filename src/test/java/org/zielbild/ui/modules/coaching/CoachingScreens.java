package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.config.RoomSettings;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.day.StartStage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.TempAttachments;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.projector.Pulse;
import org.zielbild.ui.shell.run.Sound;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;

/**
 * The coach round in a real session window (1280 × 800) with the projector open, for screenshots
 * under Xvfb (two screens: docs/tools/two-screens.sh):
 * {@code CoachingScreens <en|de> <light|dark> <overview|pitch|questions|ranking|announcement> <tab 0-3> [ballot]}
 * (with "ballot": the private ballot screen on top, someone halfway through their ranking).
 */
public final class CoachingScreens {

    public static void main(String[] args) throws Exception {
        Language lang = args[0].equals("de") ? Language.DE : Language.EN;
        boolean dark = args[1].equals("dark");
        CoachingStep step = CoachingStep.valueOf(args[2].toUpperCase(java.util.Locale.ROOT));
        int tab = Integer.parseInt(args[3]);
        Path pictures = Files.createTempDirectory("coach-photos");
        Clock clock = Clock.offset(Clock.fixed(CoachingSample.T0, ZoneId.of("Europe/Berlin")), Duration.ZERO);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            I18n i18n = new I18n(lang);
            StatusNotifier notifier = new StatusNotifier();
            Session sample = CoachingSample.build(lang);
            SessionModel model = new SessionModel(SessionService.inMemory(sample),
                    new TempAttachments(pictures.resolve("session")), notifier);
            AtomicInteger ids = new AtomicInteger();
            RoomSettings room = RoomSettings.defaults().withProjectorTheme(dark ? ProjectorTheme.DARK : ProjectorTheme.LIGHT);
            SessionWindow.Room run = new SessionWindow.Room(Clock.systemDefaultZone(), new SimpleObjectProperty<>(room),
                    Sound.SILENT, Pulse.fx(), () -> "s" + ids.incrementAndGet());
            SessionViewModel vm = new SessionViewModel(model);
            SessionWindow window = new SessionWindow(vm, notifier, BuiltInModules.registry(), i18n,
                    new org.zielbild.ui.modules.NoWindowActions(), run);
            String stage = model.session().agenda().stages().get(5).id();
            model.apply(new StartStage(stage, java.time.Instant.now().minusSeconds(17 * 60)));
            vm.select(stage);
            CoachingViewModel coaching = window.stageHost().activeView().map(v -> ((CoachingView) v).viewModel()).orElseThrow();
            for (int i = 0; i < 4; i++) {
                var c = model.session().coaching().coaches().get(i);
                if (i != 2) {
                    coaching.coaches().attachPhoto(c.id(), PortraitPictures.portrait(pictures, "coach" + i, 20 + 70 * i));
                }
            }
            CoachingSample.prepare(coaching, step);
            ((CoachingView) window.stageHost().activeView().orElseThrow()).tabs().getSelectionModel().select(tab);
            Stage laptop = new Stage();
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(Shell.STYLESHEET);
            window.installShortcuts(scene);
            laptop.setScene(scene);
            laptop.setTitle("laptop");
            laptop.setX(0);
            laptop.setY(0);
            laptop.show();
            window.projector().open();
            if (args.length > 4 && args[4].equals("ballot")) {
                ballotScreen(laptop, coaching, i18n);
            }
        });
    }

    private static void ballotScreen(Stage laptop, CoachingViewModel coaching, I18n i18n) {
        CoachBallotScreen screen = new CoachBallotScreen(laptop, coaching.ranking(), i18n);
        screen.show();
        screen.stage().setMaximized(false);
        screen.stage().setX(0);
        screen.stage().setY(0);
        screen.stage().setWidth(1280);
        screen.stage().setHeight(800);
        javafx.scene.Node who = screen.stage().getScene().lookup("#ballotWho");
        who.fireEvent(key(who, javafx.scene.input.KeyCode.ENTER));
        javafx.scene.Node root = screen.stage().getScene().getRoot();
        for (javafx.scene.input.KeyCode code : java.util.List.of(javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCode.DIGIT4)) {
            root.fireEvent(key(root, code));
        }
    }

    private static javafx.scene.input.KeyEvent key(javafx.scene.Node target, javafx.scene.input.KeyCode code) {
        return new javafx.scene.input.KeyEvent(target, target, javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code,
                false, false, false, false);
    }
}
