package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.testing.CutText;
import org.zielbild.testing.WallFxSupport;
import org.zielbild.testing.WallSessions;
import org.zielbild.ui.kit.board.WallBoard;

/**
 * The wall in a real room (issue 15, decisions 0031, 0100, 0102): on every stage of the template day
 * and every part of a stage (so a new module's stage is checked as soon as the day has it), in both
 * themes, at 1920 × 1080 and at 1280 × 720, with 20 and 60 German notes (clustered and not) and 23
 * moods: no text is cut; every note the wall shows has its text drawn (pixels inside it differ from
 * its fill) and the notes it does not show are counted in a visible "+ k more"; body text is at least
 * 28 px at 1080p (notes and their labels at least their recorded minimums, and 28 while they fit);
 * every text reaches 4.5:1 on what is behind it.
 */
@ExtendWith(ApplicationExtension.class)
class WallProjectionFxTest {

    /** Labels that may be smaller than 28 px, down to their recorded minimums (0102). */
    private static final Set<String> NOTE_BODY = Set.of("wall-note-text", "wall-card-note", "wall-card-title");
    private static final Set<String> SECONDARY = Set.of("wall-note-team", "wall-group-title", "wall-card-count",
            "wall-more");

    @TempDir
    static Path home;

    private WallFxSupport wall;

    static Stream<WallSessions.Content> rooms() {
        return Stream.of(new WallSessions.Content(20, false), new WallSessions.Content(20, true),
                new WallSessions.Content(60, true), new WallSessions.Content(60, false));
    }

    @AfterEach
    void close() {
        if (wall != null) {
            WaitForAsyncUtils.asyncFx(() -> wall.shell().shutdown());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @ParameterizedTest
    @MethodSource("rooms")
    void everyStageReadsInBothThemesAtBothSizes(WallSessions.Content room) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                wall = WallFxSupport.open(stage, home, Language.DE, WallSessions.build(Language.DE, room));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> stages = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> wall.window().viewModel().stages()
                .stream().map(org.zielbild.domain.agenda.Stage::id).toList());
        for (ProjectorTheme theme : ProjectorTheme.values()) {
            wall.theme(theme);
            for (double[] size : new double[][] {{1920, 1080}, {1280, 720}}) {
                wall.showWall(size[0], size[1]);
                for (String id : stages) {
                    wall.stage(id, 0);
                    for (int part = 0; part < wall.parts(); part++) {
                        wall.stage(id, part);
                        String where = room + " " + theme + " " + (int) size[0] + " " + id + "/" + part;
                        wall.keep("room-" + room.notes() + (room.clustered() ? "c" : "") + "-" + theme + "-"
                                + (int) size[0] + "-" + id + "-" + part);
                        assertThat(CutText.in(wall.wall().scene())).as("cut on the wall: %s", where).isEmpty();
                        assertThat(tooSmall()).as("small text: %s", where).isEmpty();
                        assertThat(wall.lowContrast()).as("contrast: %s", where).isEmpty();
                        checkBoard(where, room, size[0]);
                    }
                }
            }
        }
    }

    /** On a board stage: every shown note has its text drawn, the rest are counted, sizes as recorded. */
    private void checkBoard(String where, WallSessions.Content room, double width) {
        WallBoard board = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> (WallBoard) wall.wall().scene().getRoot()
                .lookupAll(".wall-board").stream().filter(WallProjectionFxTest::shown).findFirst().orElse(null));
        if (board == null || board.info() == null) {
            return;
        }
        WallBoard.WallLayoutInfo info = board.info();
        int total = WaitForAsyncUtils.waitForAsyncFx(5_000, board::noteCount);
        assertThat(info.shownNotes() + info.moreNotes()).as("shown + counted: %s", where).isEqualTo(total);
        assertThat(info.body()).as("body: %s", where).isGreaterThanOrEqualTo(20);
        assertThat(info.label()).as("labels: %s", where).isGreaterThanOrEqualTo(20);
        if (total == 20 && !room.clustered()) {
            assertThat(info.everyNote()).isTrue();
            assertThat(info.body()).as("20 notes fit at 28 px: %s", where).isGreaterThanOrEqualTo(28);
        }
        if (total == 60) {
            assertThat(info.everyNote()).as("60 notes become cards: %s", where).isFalse();
            assertThat(info.body()).as("cards at 28 px: %s", where).isGreaterThanOrEqualTo(28);
        }
        assertThat(moreLabels(board)).as("a visible + k more for the counted notes: %s", where)
                .isEqualTo(info.moreNotes() > 0);
        WritableImage picture = wall.picture();
        List<String> blank = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> blankNotes(board, picture));
        assertThat(blank).as("notes without their text: %s", where).isEmpty();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> drawnNotes(board))).as(where)
                .isEqualTo(info.shownNotes());
    }

    private static boolean moreLabels(WallBoard board) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> !board.lookupAll(".wall-more").isEmpty());
    }

    private static int drawnNotes(WallBoard board) {
        return (int) board.getChildrenUnmodifiable().stream().flatMap(WallProjectionFxTest::withNote).count();
    }

    private static Stream<Node> withNote(Node n) {
        Stream<Node> self = n.getUserData() instanceof String ? Stream.of(n) : Stream.empty();
        if (n instanceof Parent p) {
            return Stream.concat(self, p.getChildrenUnmodifiable().stream().flatMap(WallProjectionFxTest::withNote));
        }
        return self;
    }

    /** Notes (cards or lines of a cluster card) inside which no pixel differs from the note's fill. */
    private static List<String> blankNotes(WallBoard board, WritableImage picture) {
        List<String> out = new ArrayList<>();
        double k = picture.getWidth() / board.getScene().getWidth();
        PixelReader r = picture.getPixelReader();
        withNote(board).forEach(n -> {
            Bounds b = n.localToScene(n.getLayoutBounds());
            Color fill = fillBehind(n);
            int differing = 0;
            int all = 0;
            for (int y = (int) (b.getMinY() * k) + 2; y < (int) (b.getMaxY() * k) - 2; y++) {
                for (int x = (int) (b.getMinX() * k) + 12; x < (int) (b.getMaxX() * k) - 2; x++) {
                    if (x < 0 || y < 0 || x >= picture.getWidth() || y >= picture.getHeight()) {
                        continue;
                    }
                    all++;
                    Color c = r.getColor(x, y);
                    if (Math.abs(c.getRed() - fill.getRed()) + Math.abs(c.getGreen() - fill.getGreen())
                            + Math.abs(c.getBlue() - fill.getBlue()) > 0.25) {
                        differing++;
                    }
                }
            }
            if (all == 0 || differing < Math.max(20, all * 0.01)) {
                out.add(n.getUserData() + " (" + differing + " of " + all + ")");
            }
        });
        return out;
    }

    private static Color fillBehind(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof Region region) {
                Background bg = region.getBackground();
                if (bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c
                        && c.getOpacity() > 0.9) {
                    return c;
                }
            }
        }
        return Color.WHITE;
    }

    /** Visible texts on the wall below their minimum: 28 px, a note's body 20, a secondary label 20. */
    private List<String> tooSmall() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            List<String> out = new ArrayList<>();
            wall.wall().scene().getRoot().lookupAll("Text").forEach(n -> {
                if (n instanceof Text t && !t.getText().isBlank() && shown(t)) {
                    double min = within(t, NOTE_BODY) || within(t, SECONDARY) ? 20 : 28;
                    if (t.getFont().getSize() < min - 0.01) {
                        out.add("“" + t.getText() + "” " + t.getFont().getSize() + " px");
                    }
                }
            });
            return out;
        });
    }

    private static boolean within(Node n, Set<String> classes) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getStyleClass().stream().anyMatch(classes::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
