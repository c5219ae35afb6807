package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionService;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.CutText;
import org.zielbild.testing.TargetSamples;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The stage's laptop view in the room a 1280 × 800 session window leaves it (about 990 × 490 below
 * the stage header): every tab, in English and German (~30 % longer), with realistic content, shows
 * its words whole and keeps its controls inside.
 */
@ExtendWith(ApplicationExtension.class)
class TargetLaptopLayoutFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void everyTabFitsInEnglishAndGerman() {
        List<String> problems = new ArrayList<>();
        for (Language lang : Language.values()) {
            for (Session session : List.of(TargetSamples.rated(lang), TargetSamples.voting(lang))) {
                for (int tab = 0; tab < 3; tab++) {
                    int t = tab;
                    TargetView view = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                        SessionModel model = new SessionModel(SessionService.inMemory(session), Notifier.SILENT);
                        AtomicInteger n = new AtomicInteger();
                        ModuleContext ctx = new ModuleContext(TargetSamples.stage(session), model, new I18n(lang),
                                Clock.fixed(BoardFixture.T0, ZoneOffset.UTC), () -> "l" + n.incrementAndGet());
                        TargetView v = new TargetView(new TargetViewModel(ctx), ctx);
                        stage.setScene(new Scene((Parent) v.facilitatorView(), 990, 490));
                        v.statementsPane().list().getSelectionModel().select(1);
                        v.sideTabs().getSelectionModel().select(t);
                        return v;
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    CutText.in(stage.getScene()).forEach(p -> problems.add(lang + " tab " + t + ": " + p));
                    WaitForAsyncUtils.waitForAsyncFx(5_000, view::dispose);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
