package org.zielbild.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * Finds text the user cannot read in full: a label or button whose skin shows an ellipsis instead
 * of its text, and controls that stick out of their window. German runs ~30 % longer than English,
 * so the layout tests run this in both languages.
 */
public final class CutText {

    private CutText() {
    }

    /** Every problem in the scene, as "what: why" lines (empty when all text can be read). */
    public static List<String> in(Scene scene) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            // CSS and layout of a showing scene belong to the JavaFX thread: from the test thread a
            // list cell that changes its children throws (seen on a busy machine).
            return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(30_000, () -> in(scene));
        }
        List<String> problems = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), scene, false, problems);
        return problems;
    }

    private static void walk(Node n, Scene scene, boolean scrolled, List<String> problems) {
        if (!n.isVisible()) {
            return;
        }
        // A table or list cell may shorten a long value: its column has a width (0051).
        if (n instanceof Labeled l && !(n instanceof IndexedCell<?>) && l.getText() != null && !l.getText().isBlank()) {
            String shown = shownText(l);
            if (shown != null && !shown.equals(l.getText())) {
                problems.add(describe(l) + ": shows “" + shown + "”");
            }
        }
        if (!scrolled && n instanceof javafx.scene.control.Control && n.isManaged()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
                problems.add(describe(n) + ": outside the window (" + Math.round(b.getMaxX()) + " × "
                        + Math.round(b.getMaxY()) + " in " + Math.round(scene.getWidth()) + " × "
                        + Math.round(scene.getHeight()) + ")");
            }
        }
        boolean inside = scrolled || n instanceof ScrollPane || n instanceof ListView<?> || n instanceof TableView<?>;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, scene, inside, problems);
            }
        }
    }

    /** The text the skin draws (LabeledText is a Text child of the labeled), or null before it has a skin. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static String describe(Node n) {
        String what = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
        return n instanceof Labeled l ? what + " “" + l.getText() + "”" : what;
    }
}
