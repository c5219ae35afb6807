package org.zielbild.ui.modules.coaching;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.skins.BarChartItem;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.modules.coaching.CoachingRoom.RoomGroup;

/**
 * The wall at the announcement: a tile per coach with who joined (or only how many) and the places
 * taken, and a bar-chart tile of the ranks received. Never anyone's ranking or rank. Up to six coaches
 * get tiles large enough for 28 px text; more get plain cards with the counts and the first names.
 */
final class AnnouncementBody {

    static final int TILE_COACHES = 6;
    /**
     * The room the projector gives a projection on its 1920 × 1080 surface: 1920 − 2 × 72 wide,
     * 1080 − 270 (title band) − 16 − 24 high, less the round's own 8 px above.
     */
    private static final double WIDTH = 1776;
    private static final double HEIGHT = 760;
    private static final double CHART = 540;
    private static final double GAP = 24;

    private final HBox root = new HBox(GAP);
    private final I18n i18n;

    AnnouncementBody(CoachingRoom room, I18n i18n, TileTheme theme) {
        this.i18n = i18n;
        root.setId("coachingWallGroups");
        root.setAlignment(Pos.TOP_LEFT);
        List<RoomGroup> groups = room.groups();
        Node coaches = groups.size() <= TILE_COACHES ? tiles(groups, theme) : cards(groups);
        root.getChildren().addAll(coaches, chart(room, theme));
    }

    Node root() {
        return root;
    }

    private Node tiles(List<RoomGroup> groups, TileTheme theme) {
        int columns = Math.max(1, (groups.size() + 1) / 2);
        int rows = groups.size() <= 1 ? 1 : 2;
        double w = (WIDTH - CHART - GAP * columns) / columns;
        double h = (HEIGHT - GAP * (rows - 1)) / rows;
        GridPane grid = new GridPane();
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        for (int i = 0; i < groups.size(); i++) {
            RoomGroup g = groups.get(i);
            Tile tile = theme.themed(TileBuilder.create()
                    .skinType(Tile.SkinType.CUSTOM)
                    .prefSize(w, h)
                    .text(i18n.t("coaching.wall.placesTaken", g.size(), g.capacity()))
                    .textVisible(true)
                    .textSize(Tile.TextSize.BIGGER)
                    .graphic(group(g, (int) ((h - 170) / 40), w > 520 ? 2 : 1))
                    .roundedCorners(true)
                    .animated(false)
                    .build());
            tile.setMinSize(w, h);
            tile.setId("coachingWallGroup" + (i + 1));
            grid.add(tile, i % columns, i / columns);
        }
        return grid;
    }

    /** The coach's name in large type above who joined (the tile's own title is too small for the wall). */
    private Node group(RoomGroup g, int perColumn, int columns) {
        VBox box = new VBox(6, CoachingProjection.label(g.coach(), "coaching-wall-tile-name"), members(g, perColumn, columns));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** The names, in up to two columns, as many as fit; the rest counted. Only the count when names are not shown. */
    private Node members(RoomGroup g, int maxPerColumn, int columns) {
        if (g.names().isEmpty()) {
            return CoachingProjection.label(String.valueOf(g.size()), "coaching-wall-count");
        }
        int room = Math.max(1, maxPerColumn * columns);
        List<String> names = g.names();
        int perColumn = Math.max(1, Math.min(maxPerColumn, (Math.min(names.size(), room) + columns - 1) / columns));
        int shown = names.size() <= room ? names.size() : room - 1;
        GridPane list = new GridPane();
        list.setHgap(24);
        for (int i = 0; i < shown; i++) {
            list.add(CoachingProjection.label(names.get(i), "coaching-wall-member"), i / perColumn, i % perColumn);
        }
        if (shown < names.size()) {
            list.add(CoachingProjection.label(i18n.t("coaching.wall.andMore", names.size() - shown), "coaching-wall-member",
                    "coaching-wall-muted"), shown / perColumn, shown % perColumn);
        }
        return list;
    }

    private Node cards(List<RoomGroup> groups) {
        FlowPane flow = new FlowPane(GAP, GAP);
        flow.setPrefWrapLength(WIDTH - CHART - GAP);
        for (RoomGroup g : groups) {
            VBox card = new VBox(4, CoachingProjection.label(g.coach(), "coaching-wall-card-name"),
                    CoachingProjection.label(i18n.t("coaching.wall.placesTaken", g.size(), g.capacity()), "coaching-wall-meta",
                            "coaching-wall-muted"));
            card.getStyleClass().add("coaching-wall-card");
            card.setPrefWidth(370);
            flow.getChildren().add(card);
        }
        return flow;
    }

    private Node chart(CoachingRoom room, TileTheme theme) {
        List<BarChartItem> items = new ArrayList<>();
        for (int rank = 1; rank <= room.byRank().size(); rank++) {
            items.add(new BarChartItem(i18n.t("coaching.wall.rankItem", i18n.text(Message.of("coaching.ordinal", rank))),
                    room.byRank().get(rank - 1)));
        }
        if (room.unranked() > 0) {
            items.add(new BarChartItem(i18n.t("coaching.wall.unrankedItem"), room.unranked()));
        }
        if (room.notVoted() > 0) {
            items.add(new BarChartItem(i18n.t("coaching.wall.notVotedItem"), room.notVoted()));
        }
        double max = items.stream().mapToDouble(BarChartItem::getValue).max().orElse(1);
        Tile chart = theme.themed(TileBuilder.create()
                .skinType(Tile.SkinType.BAR_CHART)
                .prefSize(CHART, HEIGHT)
                .title(i18n.t("coaching.wall.histogram"))
                .barChartItems(items)
                .maxValue(Math.max(1, max))
                .decimals(0)
                .textSize(Tile.TextSize.BIGGER)
                .roundedCorners(true)
                .animated(false)
                .build());
        chart.setMinSize(CHART, HEIGHT);
        chart.setId("coachingWallHistogram");
        return chart;
    }
}
