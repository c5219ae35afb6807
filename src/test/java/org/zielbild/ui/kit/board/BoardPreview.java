package org.zielbild.ui.kit.board;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zielbild.domain.Language;
import org.zielbild.testing.BoardSamples;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/**
 * A window with a sample board and one with its projection, to look at under Xvfb:
 * {@code java -cp ... org.zielbild.ui.kit.board.BoardPreview [de] [vote|hidden]}.
 */
public final class BoardPreview {

    public static void main(String[] args) {
        Language lang = List.of(args).contains("de") ? Language.DE : Language.EN;
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            SessionModelFixture t = new SessionModelFixture();
            BoardViewModel vm = t.board();
            BoardSamples.fill(vm, lang);
            if (List.of(args).contains("vote")) {
                vm.voting().start(3, 0);
                var notes = vm.snapshot().notes();
                for (int p = 0; p < t.fixture.people.size(); p++) {
                    for (int d = 0; d < 3; d++) {
                        vm.voting().placeDot(t.fixture.people.get(p), notes.get((p * 7 + d * 13) % 25).id());
                    }
                }
                if (List.of(args).contains("reveal")) {
                    vm.voting().reveal(true);
                }
            }
            if (List.of(args).contains("hidden")) {
                vm.setHidden(true);
            }
            I18n i18n = new I18n(lang);
            BoardView view = new BoardView(vm, i18n);
            Stage laptop = new Stage();
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1440, 900);
            laptop.setScene(scene);
            laptop.setTitle("board");
            laptop.setX(0);
            laptop.setY(0);
            laptop.show();
            if (List.of(args).contains("projection")) {
                Stage room = new Stage();
                room.setScene(new Scene((javafx.scene.Parent) view.projection().root(), 1920, 1080));
                room.setTitle("projection");
                room.setX(0);
                room.setY(0);
                room.show();
            }
        });
    }
}
