package org.zielbild.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.zielbild.domain.Language;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;

/** Opens the template day (stage ids s1..s7) in a real shell, for the running-the-day view tests. */
public final class RunTheDayFxSupport {

    private RunTheDayFxSupport() {
    }

    /** Starts the shell on {@code stage} and opens the template day in {@code language}. */
    public static Shell openDay(Stage stage, Path home, Language language) throws SessionUnavailableException {
        return openDay(stage, home, language, language);
    }

    /** Starts the shell in UI language {@code ui} and opens the template day written in {@code session}. */
    public static Shell openDay(Stage stage, Path home, Language ui, Language session)
            throws SessionUnavailableException {
        return open(stage, home, ui, DaySessions.templateDay(session));
    }

    /** Starts the shell in UI language {@code ui} and opens {@code session} (e.g. a {@link WallSessions} room). */
    public static Shell open(Stage stage, Path home, Language ui, org.zielbild.domain.Session session)
            throws SessionUnavailableException {
        AppContext ctx = ShellTestSupport.context(home, ui);
        Shell shell = new Shell(ctx, stage);
        shell.start();
        OpenSession open = ctx.library().create(session, Runnable::run);
        shell.showSession(open);
        return shell;
    }

    /** Opens the template day in a real shell on TestFX's primary stage, at the laptop size of 1280 × 800. */
    public static Shell openDayOnLaptop(Path home, Language language) throws java.util.concurrent.TimeoutException {
        Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        Shell[] shell = new Shell[1];
        org.testfx.api.FxToolkit.setupFixture(() -> {
            try {
                shell[0] = openDay(stage, home, language);
                stage.setWidth(1280);
                stage.setHeight(800);
            } catch (SessionUnavailableException e) {
                throw new IllegalStateException(e);
            }
        });
        return shell[0];
    }

    /** Every text in a scene graph: labels, text nodes, text inputs, tooltips of labeled nodes. */
    public static List<String> texts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            add(out, l.getText());
            if (l.getTooltip() != null) {
                add(out, l.getTooltip().getText());
            }
        }
        if (n instanceof Text t) {
            add(out, t.getText());
        }
        if (n instanceof TextInputControl t) {
            add(out, t.getText());
        }
        add(out, n.getAccessibleText());
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isEmpty()) {
            out.add(s);
        }
    }
}
