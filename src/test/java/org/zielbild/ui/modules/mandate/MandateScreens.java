package org.zielbild.ui.modules.mandate;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionService;
import org.zielbild.testing.MandateSamples;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.NoWindowActions;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;

/**
 * Screenshots of the team-mandates stage and the closing's action list (laptop 1280 × 800, light and dark) and its wall (1920 × 1080
 * and 1280 × 720, light and dark: progress, a team's card, the coverage matrix) in English and German,
 * written as PNGs: {@code MandateScreens <out folder>}. Runs headless (Monocle) or under X.
 */
public final class MandateScreens {

    private static final AtomicInteger IDS = new AtomicInteger();

    private MandateScreens() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                for (Language lang : Language.values()) {
                    for (boolean dark : new boolean[] {false, true}) {
                        shoot(out, lang, dark);
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
        System.exit(0);
    }

    private static void shoot(Path out, Language lang, boolean dark) throws Exception {
        Application.setUserAgentStylesheet((dark ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheet());
        String tag = lang.name().toLowerCase() + "-" + (dark ? "dark" : "light");
        Session session = MandateSamples.day(lang);
        SessionModel model = new SessionModel(SessionService.inMemory(session), new StatusNotifier());
        I18n i18n = new I18n(lang);
        SessionViewModel svm = new SessionViewModel(model);
        SessionWindow window = new SessionWindow(svm, new StatusNotifier(), BuiltInModules.registry(), i18n,
                new NoWindowActions());
        svm.select(session.agenda().stages().get(4).id());
        Stage laptop = new Stage();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Shell.STYLESHEET);
        laptop.setScene(scene);
        laptop.show();
        MandateView view = (MandateView) window.stageHost().activeView().orElseThrow();
        save(scene, out.resolve("laptop-mandate-" + tag + ".png"));
        scene.getRoot().lookup("#mandateStage").lookupAll(".tab-pane").stream().findFirst()
                .map(n -> (javafx.scene.control.TabPane) n).ifPresent(t -> t.getSelectionModel().select(1));
        view.actions().table().getSelectionModel().select(0);
        save(scene, out.resolve("laptop-actions-" + tag + ".png"));
        scene.getRoot().lookup("#mandateStage").lookupAll(".tab-pane").stream().findFirst()
                .map(n -> (javafx.scene.control.TabPane) n).ifPresent(t -> t.getSelectionModel().select(2));
        save(scene, out.resolve("laptop-coverage-" + tag + ".png"));
        // The closing: its boards with the day's action list beside them, on the next steps.
        svm.select(session.agenda().stages().get(6).id());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().lookupAll(".tab-pane").stream().map(n -> (javafx.scene.control.TabPane) n)
                .filter(t -> t.getTabs().size() == 3).findFirst().ifPresent(t -> t.getSelectionModel().select(2));
        save(scene, out.resolve("laptop-closing-" + tag + ".png"));
        scene.getRoot().lookupAll("#actionTable").stream().map(n -> (javafx.scene.control.TableView<?>) n)
                .forEach(t -> t.getSelectionModel().select(0));
        scene.getRoot().lookupAll(".scroll-pane").stream().map(n -> (javafx.scene.control.ScrollPane) n)
                .filter(p -> p.getContent() != null && "closingActions".equals(p.getContent().getId()))
                .forEach(p -> p.setVvalue(1));
        save(scene, out.resolve("laptop-closing-editor-" + tag + ".png"));
        ProjectorTheme theme = dark ? ProjectorTheme.DARK : ProjectorTheme.LIGHT;
        MandateViewModel vm = new MandateViewModel(model, () -> "s" + IDS.incrementAndGet(), Clock.fixed(MandateSamples.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), i18n);
        for (String state : new String[] {"progress", "card", "coverage"}) {
            vm.presentingProperty().set(state.equals("card"));
            vm.coverageShownProperty().set(state.equals("coverage"));
            for (double width : new double[] {1920, 1280}) {
                MandateProjection p = new MandateProjection(vm.feed(), i18n);
                WallSurface wall = new WallSurface(p.root(), session.agenda().stages().get(4).title(), theme, width);
                Stage room = new Stage();
                room.setScene(wall.scene);
                room.show();
                wall.layout();
                save(wall.scene, out.resolve("wall-" + state + "-" + (int) width + "-" + tag + ".png"));
                room.close();
            }
        }
        laptop.close();
    }

    private static void save(Scene scene, Path file) throws Exception {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage img = scene.snapshot(null);
        org.zielbild.ui.common.PngFiles.write(img, file.toFile());
    }
}
