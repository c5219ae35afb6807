package org.zielbild.ui.kit.board;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.DotVoteResults;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ProjectionSurface;
import org.zielbild.ui.common.TeamColors;

/**
 * What the room sees of a board, designed for 1920 × 1080: the board's question in large type
 * and then, by the board's state,
 * <ul>
 *   <li>private writing on: only how many notes each team has written;</li>
 *   <li>vote results revealed: clusters and notes ranked by dots (totals only, never who);</li>
 *   <li>otherwise: the board itself, following the facilitator's view, read-only.</li>
 * </ul>
 * It reads only a {@link BoardFeed}: the board snapshot, which carries vote results only once
 * revealed, and the facilitator's focus.
 */
public final class BoardProjection extends ProjectionSurface {

    public static final String STYLESHEET = Objects.requireNonNull(
            BoardProjection.class.getResource("board.css")).toExternalForm();
    static final int RANKED = 8;

    private final BoardFeed feed;
    private final I18n i18n;
    private final BoardCanvas canvas;
    private final WallBoard wall;

    /** @param feed the board, read-only: the projection can change nothing */
    public BoardProjection(BoardFeed feed, I18n i18n) {
        super(STYLESHEET, "board-projection", "projectionStatus");
        this.feed = feed;
        this.i18n = i18n;
        this.canvas = new BoardCanvas(feed);
        this.wall = new WallBoard(feed, i18n);
        canvas.followProperty().bind(feed.focusProperty());
        feed.snapshotProperty().addListener((obs, o, n) -> refresh());
        feed.wallFollowsProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    private void refresh() {
        BoardSnapshot s = feed.snapshot();
        String title = s.board().title();
        DotVote vote = s.board().vote();
        if (s.board().hidden()) {
            show("hidden", title, i18n.t("board.projection.hidden", s.notes().size()), teamCounts(s));
        } else if (vote != null && vote.revealed()) {
            show("results", title, i18n.t("board.projection.results", vote.voters()), results(s));
        } else {
            // The wall's own layout (0102), or the laptop's view when the facilitator asks for it.
            show("board", title, vote != null ? i18n.t("board.projection.voting", vote.voters(), vote.dotsPerParticipant())
                    : notesStatus(s), feed.wallFollowsProperty().get() ? canvas : wall);
        }
    }

    /** "11 notes, 3 of them in one cluster": counts the notes in clusters, not all notes (issue 15). */
    private String notesStatus(BoardSnapshot s) {
        int clustered = (int) s.notes().stream().filter(n -> n.clusterId() != null && s.cluster(n.clusterId()).isPresent())
                .count();
        long clusters = s.clusters().stream().filter(c -> !s.membersOf(c.id()).isEmpty()).count();
        if (clustered == 0) {
            return i18n.t("board.projection.notes", s.notes().size());
        }
        return i18n.t(clustered == s.notes().size() ? "board.projection.notesAllClustered"
                : "board.projection.notesSomeClustered", s.notes().size(), clusters, clustered);
    }

    /** The wall's own layout of the board, for tests. */
    public WallBoard wall() {
        return wall;
    }

    /** How many notes each team has written; texts are not even handed to this view. */
    private Node teamCounts(BoardSnapshot s) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        s.teams().values().stream().sorted(Comparator.comparing(Team::name)).forEach(t -> counts.put(t.id(), 0));
        int noTeam = 0;
        for (Note n : s.notes()) {
            if (n.teamId() != null && counts.containsKey(n.teamId())) {
                counts.merge(n.teamId(), 1, Integer::sum);
            } else {
                noTeam++;
            }
        }
        FlowPane cards = new FlowPane(32, 32);
        cards.setId("teamCounts");
        cards.setAlignment(Pos.CENTER);
        counts.forEach((teamId, count) -> {
            Team t = s.teams().get(teamId);
            cards.getChildren().add(countCard(t.name(), t.color(), count));
        });
        if (noTeam > 0 || counts.isEmpty()) {
            cards.getChildren().add(countCard(i18n.t("board.projection.noTeam"), null, noTeam));
        }
        return cards;
    }

    /** @param color null for the notes without a team: an empty swatch, never a team's colour */
    private Node countCard(String name, TeamColor color, int count) {
        Rectangle swatch = TeamColors.swatch(color, 32);
        Label team = new Label(name, swatch);
        team.getStyleClass().add("count-team");
        Label number = new Label(Integer.toString(count));
        number.getStyleClass().add("count-number");
        Label unit = new Label(i18n.t("board.projection.notesUnit", count));
        unit.getStyleClass().add("count-unit");
        VBox card = new VBox(4, team, number, unit);
        card.getStyleClass().add("count-card");
        card.setAlignment(Pos.CENTER);
        card.setMinWidth(320);
        return card;
    }

    /** Clusters and notes by dots, most first: the domain's ranking, which has totals only once revealed. */
    private Node results(BoardSnapshot s) {
        List<DotVoteResults.RankedCluster> clusters = s.results().topClusters(RANKED);
        List<DotVoteResults.RankedNote> notes = s.results().topNotes(RANKED);
        int max = Math.max(1, Math.max(clusters.stream().mapToInt(DotVoteResults.RankedCluster::dots).max().orElse(0),
                notes.stream().mapToInt(DotVoteResults.RankedNote::dots).max().orElse(0)));
        VBox noteList = ranked(i18n.t("board.projection.topNotes"), notes.stream()
                .map(n -> rankRow(shorten(n.note().text()), n.dots(), max)).toList());
        HBox columns = new HBox(64);
        columns.setId("results");
        if (!clusters.isEmpty()) {
            VBox clusterList = ranked(i18n.t("board.projection.topClusters"), clusters.stream()
                    .map(c -> rankRow(c.cluster().name(), c.dots(), max)).toList());
            HBox.setHgrow(clusterList, Priority.ALWAYS);
            columns.getChildren().add(clusterList);
        }
        HBox.setHgrow(noteList, Priority.ALWAYS);
        columns.getChildren().add(noteList);
        return columns;
    }

    private VBox ranked(String heading, List<Node> rows) {
        Label h = new Label(heading);
        h.getStyleClass().add("rank-heading");
        VBox box = new VBox(14, h);
        box.getChildren().addAll(rows);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node rankRow(String text, int dots, int max) {
        Label label = new Label(text);
        label.getStyleClass().add("rank-text");
        label.setWrapText(true);
        label.setMaxWidth(620);
        Region bar = new Region();
        bar.getStyleClass().add("rank-bar");
        bar.setPrefWidth(260.0 * dots / max);
        bar.setMinWidth(8);
        Label number = new Label(Integer.toString(dots));
        number.getStyleClass().add("rank-number");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(16, label, gap, bar, number);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 88) + "…";
    }
}
