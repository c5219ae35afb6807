package org.zielbild.ui.kit.actions;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionService;
import org.zielbild.testing.MandateSamples;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * The "200 actions for one team: the list stays fast": one team's list of 200 actions on a
 * 1280 × 720 window; the time for one edit (the change, the list's patch and a layout of the window)
 * and for adding the 201st action, medians of 60 rounds after a warm-up. Figures go to
 * target/bench/actions.txt. Run: {@code ./mvnw -Pbench verify}.
 */
@Tag("bench")
@org.junit.jupiter.api.Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
class ActionListBenchTest {

    private static final int ACTIONS = 200;
    private static final int ROUNDS = 60;

    @Test
    void oneEditAndOneAddWithTwoHundredActions() throws Exception {
        FxToolkit.registerPrimaryStage();
        String figures = WaitForAsyncUtils.waitForAsyncFx(600_000, this::measure);
        Path file = Path.of("target", "bench", "actions.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Action list benchmark, " + Instant.now() + "\n" + figures);
        System.out.println(figures);
    }

    private String measure() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SessionModel model = new SessionModel(SessionService.inMemory(MandateSamples.day(Language.DE)), Notifier.SILENT);
        AtomicInteger n = new AtomicInteger();
        Clock clock = Clock.fixed(MandateSamples.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ActionListModel list = new ActionListModel(model, () -> "b" + n.incrementAndGet(), clock, ActionFilter.team("t0"));
        ActionListView view = new ActionListView(list, new I18n(Language.DE), false);
        Stage stage = new Stage();
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
        for (int i = list.rows().size(); i < ACTIONS; i++) {
            String id = list.add("Maßnahme " + i).orElseThrow();
            list.setDue(id, MandateSamples.TODAY.plusDays(i % 40));
        }
        view.table().getSelectionModel().select(100);
        String id = list.rows().get(100).id();
        double[] edit = new double[ROUNDS];
        double[] add = new double[ROUNDS];
        for (int warm = 0; warm < 2; warm++) {
            for (int r = 0; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                list.setWhat(id, "Maßnahme 100, Fassung " + warm + "." + r);
                layout(scene);
                edit[r] = (System.nanoTime() - t0) / 1e6;
                t0 = System.nanoTime();
                String added = list.add("Neue Maßnahme " + r).orElseThrow();
                layout(scene);
                add[r] = (System.nanoTime() - t0) / 1e6;
                list.remove(added);
                layout(scene);
            }
        }
        stage.close();
        list.dispose();
        return String.format(Locale.ROOT, "%d actions in one team's list, 1280x720, %d rounds (second pass)%n"
                + "one edit (change + patch + layout): median %.2f ms, p90 %.2f ms%n"
                + "adding one (change + patch + layout): median %.2f ms, p90 %.2f ms%n",
                list.rows().size(), ROUNDS, pct(edit, 0.5), pct(edit, 0.9), pct(add, 0.5), pct(add, 0.9));
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static double pct(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[(int) Math.min(v.length - 1, Math.floor(p * v.length))];
    }
}
