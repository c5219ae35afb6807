package org.zielbild.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.common.WallPalette;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.projector.ProjectorWindow;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.TabbedStageView;

/**
 * The wall as the room sees it, headless: a real shell with a session open, its projector window at
 * a beamer's size and in a theme, and the checks every projection must pass (issue 15): text
 * colours against what is really behind them, and what the picture's pixels say.
 */
public final class WallFxSupport {

    private final AppContext ctx;
    private final Shell shell;
    private double pictureScale = 1;

    private WallFxSupport(AppContext ctx, Shell shell) {
        this.ctx = ctx;
        this.shell = shell;
    }

    /** Opens {@code session} in a shell in UI language {@code ui}; call on the FX thread. */
    public static WallFxSupport open(Stage stage, Path home, Language ui, Session session)
            throws SessionUnavailableException {
        AppContext ctx = ShellTestSupport.context(home, ui);
        Shell shell = new Shell(ctx, stage);
        shell.start();
        shell.showSession(ctx.library().create(session, Runnable::run));
        stage.setWidth(1280);
        stage.setHeight(800);
        return new WallFxSupport(ctx, shell);
    }

    public Shell shell() {
        return shell;
    }

    public SessionWindow window() {
        return shell.sessionWindow();
    }

    public ProjectorWindow wall() {
        return window().projector().window();
    }

    /**
     * Opens the projector window (when closed) for a beamer of {@code width} × {@code height} pixels.
     * The headless screen is 1280 × 800, so the window is 1280 × 720 and a 1080p beamer's picture is
     * rendered at 1.5 times that: the wall lays out one fixed 1920 × 1080 design surface either way.
     */
    public void showWall(double width, double height) {
        pictureScale = width / 1280;
        WaitForAsyncUtils.asyncFx(() -> {
            if (window().projector().window() == null) {
                window().projector().toggle();
            }
            Stage s = wall().stage();
            s.setFullScreen(false);
            s.setX(0);
            s.setY(0);
            s.setWidth(1280);
            s.setHeight(1280 * height / width);
        });
        settle();
    }

    public void theme(ProjectorTheme theme) {
        WaitForAsyncUtils.asyncFx(() -> ctx.settingsProperty().set(ctx.settings().withRoom(
                ctx.settings().room().withProjectorTheme(theme))));
        settle();
    }

    /** Goes to a stage and, on a stage made of parts, opens part {@code part} (its projection shows). */
    public void stage(String stageId, int part) {
        WaitForAsyncUtils.asyncFx(() -> {
            window().viewModel().select(stageId);
            window().stageHost().activeView().filter(v -> v instanceof TabbedStageView)
                    .ifPresent(v -> ((TabbedStageView) v).select(part));
        });
        settle();
    }

    /** How many parts the stage on screen has (1 for a plain one). */
    public int parts() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window().stageHost().activeView()
                .map(v -> v instanceof TabbedStageView t ? t.tabs().getTabs().size() : 1).orElse(1));
    }

    public ModuleView activeView() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window().stageHost().activeView().orElseThrow());
    }

    /** Waits until the wall drew what is current (it redraws on the next pulse). */
    public static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The wall's picture as the beamer gets it. */
    public WritableImage picture() {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
            p.setTransform(new javafx.scene.transform.Scale(pictureScale, pictureScale));
            return wall().scene().getRoot().snapshot(p, null);
        });
    }

    /**
     * Writes the wall's picture to {@code <wall.shots>/<name>.png} when the system property
     * {@code wall.shots} names a folder (for looking at it); does nothing otherwise.
     */
    public void keep(String name) {
        String dir = System.getProperty("wall.shots");
        if (dir == null) {
            return;
        }
        WritableImage img = picture();
        try {
            java.nio.file.Files.createDirectories(Path.of(dir));
            var out = new java.awt.image.BufferedImage((int) img.getWidth(), (int) img.getHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            var reader = img.getPixelReader();
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    out.setRGB(x, y, reader.getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Share of the picture's pixels brighter than {@code luminance} (0 to 1). */
    public static double shareBrighterThan(WritableImage img, double luminance) {
        long bright = 0;
        long all = 0;
        var reader = img.getPixelReader();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                all++;
                if (WallPalette.luminance(reader.getColor(x, y)) > luminance) {
                    bright++;
                }
            }
        }
        return (double) bright / all;
    }

    /**
     * Every visible text on the wall whose colour does not reach 4.5:1 on what is behind it (the
     * nearest opaque background of it or a parent, else the wall's own), as "text: ratio" lines.
     */
    public List<String> lowContrast() {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Scene scene = wall().scene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> problems = new ArrayList<>();
            Color wallBg = ProjectorWindow.palette(ctx.settings().room().projectorTheme()).background();
            walk(scene.getRoot(), wallBg, problems);
            return problems;
        });
    }

    /** {@link #lowContrast()} for any laid-out wall surface on the given wall background (laid out by the caller). */
    public static List<String> lowContrast(Node root, Color wallBackground) {
        List<String> problems = new ArrayList<>();
        walk(root, wallBackground, problems);
        return problems;
    }

    private static void walk(Node n, Color behind, List<String> problems) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Color here = behind;
        if (n instanceof Region r && opaqueFill(r.getBackground()) != null
                && !n.getStyleClass().contains("projector-black")) {
            here = opaqueFill(r.getBackground());
        }
        Paint fill = n instanceof Text t ? t.getFill() : null;
        if (n instanceof Text t && !t.getText().isBlank() && fill instanceof Color c && inView(n)) {
            double ratio = WallPalette.contrast(c, here);
            if (ratio < 4.5) {
                problems.add("“" + t.getText() + "” " + c + " on " + here + ": " + Math.round(ratio * 10) / 10.0);
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, here, problems);
            }
        }
    }

    private static boolean inView(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0;
    }

    private static Color opaqueFill(Background b) {
        if (b == null) {
            return null;
        }
        Color top = null;
        for (BackgroundFill f : b.getFills()) {
            if (f.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                top = c;
            }
        }
        return top;
    }
}
