package org.zielbild.ui.modules;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.zielbild.app.BuiltInModules;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionService;
import org.zielbild.testing.SampleWorkshop;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;
import org.zielbild.ui.spi.TabbedStageView;

/**
 * The real session window on a sample workshop, for screenshots under Xvfb:
 * {@code ScreensPreview <en|de> <stageIndex> <tabIndex> <laptop|projection>}.
 */
public final class ScreensPreview {

    public static void main(String[] args) {
        Language lang = args[0].equals("de") ? Language.DE : Language.EN;
        int stage = Integer.parseInt(args[1]);
        int tab = Integer.parseInt(args[2]);
        boolean projection = args[3].equals("projection");
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            I18n i18n = new I18n(lang);
            StatusNotifier notifier = new StatusNotifier();
            SessionModel model = new SessionModel(SessionService.inMemory(SampleWorkshop.build(lang, true)), notifier);
            java.util.List<String> extra = java.util.List.of(args).subList(4, args.length);
            org.zielbild.ui.kit.board.BoardViewModel board = new org.zielbild.ui.kit.board.BoardViewModel(model,
                    model.session().boards().boards().get(0).id(), org.zielbild.domain.Ids::newId, java.time.Clock.systemUTC());
            if (extra.contains("hidden")) {
                board.setHidden(true);
            }
            if (extra.contains("vote")) {
                board.voting().start(3, 0);
                var notes = board.snapshot().notes();
                var people = model.session().roster().participants();
                for (int p = 0; p < people.size(); p++) {
                    for (int d = 0; d < 3; d++) {
                        board.voting().placeDot(people.get(p).id(), notes.get((p * 7 + d * 11 + (d == 0 ? 0 : p)) % 33).id());
                    }
                }
                if (extra.contains("reveal")) {
                    board.voting().reveal(true);
                }
            }
            SessionViewModel vm = new SessionViewModel(model);
            SessionWindow window = new SessionWindow(vm, notifier, BuiltInModules.registry(), i18n, new NoWindowActions());
            vm.select(model.session().agenda().stages().get(stage).id());
            window.stageHost().activeView().ifPresent(v -> {
                if (v instanceof TabbedStageView t) {
                    t.select(tab);
                }
            });
            Stage laptop = new Stage();
            Scene scene = new Scene(window.root(), 1600, 1000);
            scene.getStylesheets().add(Shell.STYLESHEET);
            window.installShortcuts(scene);
            laptop.setScene(scene);
            laptop.setTitle("laptop");
            laptop.setX(0);
            laptop.setY(0);
            laptop.show();
            if (extra.contains("zoom")) {
                // Zoom into the first cluster, as a facilitator does to read the notes out.
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                later.setOnFinished(e -> scene.getRoot().lookupAll("#boardCanvas").stream()
                        .filter(javafx.scene.Node::isVisible).findFirst()
                        .map(n -> (org.zielbild.ui.kit.board.BoardCanvas) n).ifPresent(c -> {
                            var frames = new java.util.ArrayList<>(board.snapshot().frames().values());
                            javafx.geometry.Bounds a = frames.get(0);
                            javafx.geometry.Bounds b = frames.get(1);
                            javafx.geometry.Bounds both = new javafx.geometry.BoundingBox(a.getMinX(), a.getMinY(),
                                    b.getMaxX() - a.getMinX(), Math.max(a.getMaxY(), b.getMaxY()) - a.getMinY());
                            c.setViewport(org.zielbild.ui.kit.board.Viewport.fit(both, c.getWidth(), c.getHeight(), 16, 2));
                        }));
                later.play();
            }
            if (projection) {
                Stage room = new Stage();
                StackPane surface = new StackPane(window.stageHost().activeView().flatMap(v -> v.projection()).orElseThrow());
                room.setScene(new Scene(surface, 1920, 1080));
                room.setX(0);
                room.setY(0);
                room.show();
            }
        });
    }
}
