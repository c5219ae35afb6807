package org.zielbild.ui.modules.mandate;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.OneRedraw;

/**
 * What the room sees of the mandates (docs/decisions/0031): while teams work, their readiness ("3 of
 * 4"); while they present, one team's card; on the coverage tab, the matrix. Built from the read-only
 * {@link MandateFeed} alone, styled with the projector's looked-up colours ({@code -zb-*}) so the light
 * and dark themes apply. Bursts of changes are drawn once, on the next pulse.
 */
public final class MandateProjection {

    /** The room below the projector's title band (1920 × 1080 less the band and padding). */
    static final double ROOM_WIDTH = 1776;
    static final double ROOM_HEIGHT = 738;
    private static final double STATUS_HEIGHT = 64;

    private static final String STYLESHEET =
            Objects.requireNonNull(MandateProjection.class.getResource("mandate.css")).toExternalForm();

    private final MandateFeed feed;
    private final I18n i18n;
    private final Label status = new Label();
    private final VBox top = new VBox();
    private final StackPane body = new StackPane();
    private final BorderPane root = new BorderPane(body);
    private final ProgressPane progress;
    private final CardPane card;
    private final MatrixPane matrix;
    private final OneRedraw redraw = new OneRedraw(this::draw);
    private MandateWall shown;

    /** @param i18n the room's language (the session's, decision 0062) */
    public MandateProjection(MandateFeed feed, I18n i18n) {
        this.feed = Objects.requireNonNull(feed);
        this.i18n = i18n;
        this.progress = new ProgressPane(i18n);
        this.card = new CardPane(i18n);
        this.matrix = new MatrixPane(i18n);
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("mandate-projection");
        root.setId("mandateProjection");
        status.setId("mandateWallStatus");
        status.getStyleClass().add("wall-status");
        status.setWrapText(true);
        top.getChildren().add(status);
        top.setPadding(new Insets(0, 0, 16, 0));
        root.setTop(top);
        feed.wallProperty().addListener((obs, o, n) -> redraw.request());
        draw();
    }

    public Node root() {
        return root;
    }

    /** What is on the wall now: PROGRESS, CARD or COVERAGE; for tests. */
    String state() {
        return shown == null ? "" : shown.state().name();
    }

    /** Draws the wall as the feed has it now (tests call it directly). */
    void draw() {
        MandateWall w = feed.wall();
        if (w == null || w.equals(shown)) {
            return;
        }
        shown = w;
        double height = ROOM_HEIGHT - STATUS_HEIGHT;
        // The card names its team and place itself: it takes the status line's room too.
        boolean withStatus = w.state() != MandateWall.State.CARD;
        top.setVisible(withStatus);
        top.setManaged(withStatus);
        switch (w.state()) {
            case CARD -> {
                status.setText(i18n.t("mandate.wall.cardStatus"));
                card.show(w.card(), ROOM_WIDTH, ROOM_HEIGHT);
                body.getChildren().setAll(card.root());
            }
            case COVERAGE -> {
                long uncovered = w.matrix().served().stream().filter(r -> r.stream().noneMatch(b -> b)).count();
                status.setText(uncovered == 0 ? i18n.t("mandate.wall.coverageAll", w.matrix().statements().size())
                        : i18n.t("mandate.wall.coverageStatus", uncovered, w.matrix().statements().size()));
                matrix.show(w.matrix(), ROOM_WIDTH, height);
                body.getChildren().setAll(matrix.root());
            }
            default -> {
                long ready = w.progress().stream().filter(p -> p.met() == p.total()).count();
                long uncovered = w.matrix().served().stream().filter(r -> r.stream().noneMatch(b -> b)).count();
                status.setText(i18n.t("mandate.wall.progressStatus", ready, w.progress().size())
                        + (uncovered > 0 ? " · " + i18n.t("mandate.wall.progressUncovered", uncovered) : ""));
                progress.show(w.progress());
                body.getChildren().setAll(progress.root());
            }
        }
        StackPane.setAlignment(body.getChildren().get(0), Pos.TOP_LEFT);
    }
}
