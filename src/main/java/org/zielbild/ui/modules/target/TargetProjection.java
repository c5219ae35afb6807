package org.zielbild.ui.modules.target;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.OneRedraw;

/**
 * What the room sees of the target picture (docs/decisions/0031): the poster while statements are
 * written, a running round's progress, a revealed round's results. Built from the read-only
 * {@link TargetFeed} alone; styled with the projector's looked-up colours ({@code -zb-*}), so the
 * light and dark themes apply. Bursts of changes are drawn once, on the next pulse.
 */
public final class TargetProjection {

    /** The room below the projector's title band (1920 × 1080 less the band and padding). */
    static final double ROOM_WIDTH = 1776;
    static final double ROOM_HEIGHT = 738;
    private static final double STATUS_HEIGHT = 64;

    private final TargetFeed feed;
    private final I18n i18n;
    private final Label status = new Label();
    private final StackPane body = new StackPane();
    private final BorderPane root = new BorderPane(body);
    private final PosterPane poster;
    private final RoundPane round;
    private final ResultsPane results;
    private final OneRedraw redraw = new OneRedraw(this::draw);
    private TargetWall shown;

    /** @param i18n the room's language (the session's, decision 0062) */
    public TargetProjection(TargetFeed feed, I18n i18n) {
        this.feed = Objects.requireNonNull(feed);
        this.i18n = i18n;
        this.poster = new PosterPane(i18n);
        this.round = new RoundPane(i18n);
        this.results = new ResultsPane(i18n);
        root.getStylesheets().add(TargetStyles.STYLESHEET);
        root.getStyleClass().add("target-projection");
        root.setId("targetProjection");
        status.setId("targetWallStatus");
        status.getStyleClass().add("target-wall-status");
        status.setWrapText(true);
        VBox top = new VBox(status);
        top.setPadding(new Insets(0, 0, 16, 0));
        root.setTop(top);
        feed.wallProperty().addListener((obs, o, n) -> redraw.request());
        // Laid out again once on the projector: the poster measures its cards with the real styles there.
        root.sceneProperty().addListener((obs, o, n) -> {
            if (n != null) {
                shown = null;
                redraw.request();
            }
        });
        draw();
    }

    public Node root() {
        return root;
    }

    /** What is on the wall now: POSTER, ROUND or RESULTS; for tests. */
    String state() {
        return shown == null ? "" : shown.state().name();
    }

    /** Draws the wall as the feed has it now (tests and the poster file call it directly). */
    void draw() {
        TargetWall w = feed.wall();
        if (w.equals(shown)) {
            return;
        }
        shown = w;
        double height = ROOM_HEIGHT - STATUS_HEIGHT;
        switch (w.state()) {
            case ROUND -> {
                TargetWall.Progress p = w.progress();
                status.setText(i18n.t("target.wall.roundStatus", RoundTexts.rule(i18n, p.base(), p.threshold(),
                        p.present())));
                round.show(p);
                body.getChildren().setAll(round.root());
            }
            case RESULTS -> {
                TargetWall.Result first = w.results().get(0);
                boolean present = first.base() == CountingBase.PRESENT;
                String rule = RoundTexts.rule(i18n, first.base(), first.threshold(), present ? first.benefit().base() : 0);
                status.setText(i18n.t("target.wall.resultsStatus", rule)
                        + (present ? " · " + i18n.t("target.wall.neededAll", first.benefit().needed()) : ""));
                results.show(w.results(), ROOM_WIDTH, height);
                body.getChildren().setAll(results.root());
            }
            default -> {
                status.setText(i18n.t("target.wall.posterStatus", w.cards().size()));
                poster.show(w.cards(), ROOM_WIDTH, height);
                body.getChildren().setAll(poster.root());
            }
        }
        StackPane.setAlignment(body.getChildren().get(0), javafx.geometry.Pos.TOP_LEFT);
    }
}
