package org.zielbild.ui.modules.coaching;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;

/**
 * The wall during the secret ranking: a counter tile "n of m have chosen" and who is still to
 * choose (names are public, what anyone chose never is).
 */
final class RankingBody {

    private final HBox root = new HBox(48);

    RankingBody(CoachingRoom room, I18n i18n, TileTheme theme) {
        Tile counter = theme.themed(TileBuilder.create()
                .skinType(Tile.SkinType.NUMBER)
                .prefSize(600, 600)
                .title(i18n.t("coaching.wall.chosenTitle"))
                .value(room.voted())
                .unit(i18n.t("coaching.wall.ofParticipants", room.participants()))
                .decimals(0)
                .text(i18n.t("coaching.wall.chosenText", room.voted(), room.participants()))
                .textVisible(true)
                .textSize(Tile.TextSize.BIGGER)
                .animated(false)
                .roundedCorners(true)
                .build());
        counter.setId("coachingWallCounter");
        counter.setMinSize(600, 600);
        VBox still = new VBox(20);
        HBox.setHgrow(still, Priority.ALWAYS);
        List<String> names = room.stillToChoose();
        if (names.isEmpty()) {
            still.getChildren().add(CoachingProjection.label(i18n.t("coaching.wall.allChosen"), "coaching-wall-heading"));
        } else {
            still.getChildren().add(CoachingProjection.label(i18n.t("coaching.wall.stillToChoose"), "coaching-wall-heading"));
            FlowPane flow = new FlowPane(28, 14);
            flow.setId("coachingWallStill");
            int shown = Math.min(names.size(), CoachingProjection.namesShown());
            for (String name : names.subList(0, shown)) {
                flow.getChildren().add(CoachingProjection.label(name, "coaching-wall-member"));
            }
            if (names.size() > shown) {
                flow.getChildren().add(CoachingProjection.label(i18n.t("coaching.wall.andMore", names.size() - shown),
                        "coaching-wall-member", "coaching-wall-muted"));
            }
            still.getChildren().add(flow);
        }
        root.setAlignment(Pos.TOP_LEFT);
        root.getChildren().addAll(counter, still);
    }

    Node root() {
        return root;
    }

}
